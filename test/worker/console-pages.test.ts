/**
 * The console in the browser, as forms: creating, editing and archiving cohorts; members and invite links with
 * the QR code; joining while signed in; the account page's new token; the same-origin rule on every post.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  browse,
  call,
  createCohort,
  expectJson,
  inviteCode,
  join,
  submit,
  type TestCohort,
} from './helpers.ts';

describe('the organiser home', () => {
  it('creates a cohort from the form and goes to its members page', async () => {
    const res = await submit('/angkatan', {
      name: 'PKA Angkatan XIV Tahun 2026',
      program: 'PKA',
      cohortLabel: 'Angkatan XIV',
      startDate: '2026-05-04',
      endDate: '2026-05-08',
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/c\/pka-angkatan-xiv-tahun-2026-[a-z2-9]{6}\/kelola\?ok=created$/);
    const html = await (await browse(location)).text();
    expect(html).toContain('Angkatan dibuat.');
    const home = await (await browse('/')).text();
    expect(home).toContain('PKA Angkatan XIV Tahun 2026');
    expect(home).toContain('PKA · Angkatan XIV · 4 Mei 2026 – 8 Mei 2026');
  });

  it('says what is wrong beside each field and keeps what was typed (422)', async () => {
    const res = await submit('/angkatan', {
      name: 'AB',
      program: 'PKA',
      cohortLabel: 'Angkatan II',
      startDate: '2026-05-08',
      endDate: '2026-05-04',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="f-name-error" role="alert">Nama angkatan minimal 3 karakter');
    expect(html).toContain(
      'id="f-endDate-error" role="alert">Tanggal selesai tidak boleh sebelum tanggal mulai',
    );
    expect(html).toContain('value="AB"');
    expect(html).toContain('value="Angkatan II"');
    expect(html).toContain('<option value="PKA" selected>');
    const en = await submit('/angkatan', { name: 'AB' }, ADMIN, {
      cookie: `lokus_session=${ADMIN}; lokus_lang=en`,
    });
    expect(await en.text()).toContain('The cohort name needs at least 3 characters');
  });

  it('edits and archives a cohort; only organisers may', async () => {
    const cohort = await createCohort('Akan Diubah');
    const trainer = (await join(cohort.id, 'widyaiswara')).token;
    const form = await (await browse(`/c/${cohort.slug}/ubah`)).text();
    expect(form).toContain('value="Akan Diubah"');
    expect((await browse(`/c/${cohort.slug}/ubah`, trainer)).status).toBe(403);
    const saved = await submit(`/c/${cohort.slug}/ubah`, { name: 'Sudah Diubah', program: 'PKP' });
    expect(saved.status).toBe(303);
    expect((await browse('/')).status).toBe(200);
    expect(await (await browse('/')).text()).toContain('Sudah Diubah');
    expect((await submit(`/c/${cohort.slug}/arsip`, { archived: '1' }, trainer)).status).toBe(403);
    expect((await submit(`/c/${cohort.slug}/arsip`, { archived: '1' })).status).toBe(303);
    expect(await (await browse('/')).text()).not.toContain('Sudah Diubah');
    const withArchived = await (await browse('/?arsip=1')).text();
    expect(withArchived).toContain('Sudah Diubah');
    expect(withArchived).toContain('Diarsipkan');
    // Still readable.
    expect((await browse(`/c/${cohort.slug}`, trainer)).status).toBe(200);
  });

  it('refuses form posts from another site (403)', async () => {
    const res = await submit('/angkatan', { name: 'Dari Situs Lain' }, ADMIN, {
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
    const list = await expectJson(call('GET', '/api/cohorts'), 200);
    expect(list.items.map((c: { name: string }) => c.name)).not.toContain('Dari Situs Lain');
  });
});

describe('members and invite links', () => {
  let cohort: TestCohort;
  beforeAll(async () => {
    cohort = await createCohort('PKN II Angkatan 3');
  });

  it('makes a participant link with a limit and shows it with its QR code and a copy button', async () => {
    const res = await submit(`/c/${cohort.slug}/undangan`, {
      role: 'participant',
      expiresInDays: '3',
      maxUses: '40',
    });
    expect(res.status).toBe(303);
    const html = await (await browse(res.headers.get('location')!)).text();
    expect(html).toContain('Tautan undangan dibuat.');
    const url = /value="(http:\/\/lokus\.test\/i\/[\w-]+)"/.exec(html)![1]!;
    expect(html).toMatch(/<svg class="qr"[^>]*role="img"/);
    expect(html).toContain('<path d="M');
    expect(html).toContain('data-copy="class-link"');
    expect(html).toContain('0 / 40');
    // The link works.
    const code = url.split('/i/')[1]!;
    await expectJson(
      call('POST', `/api/invites/${code}/accept`, { token: null, body: { name: 'Peserta QR' } }),
      201,
    );
    const after = await (await browse(`/c/${cohort.slug}/kelola`)).text();
    expect(after).toContain('1 / 40');
    expect(after).toContain('Peserta QR');
    const big = await browse(`/c/${cohort.slug}/kelola/qr/${/id="invite-(\d+)"/.exec(after)![1]}`);
    expect(big.status).toBe(200);
    expect(await big.text()).toContain('class="qr big"');
  });

  it('revokes a link and removes a member from the page', async () => {
    const person = await join(cohort.id, 'participant', 'Akan Dikeluarkan');
    const page = await (await browse(`/c/${cohort.slug}/kelola`)).text();
    const inviteId = /action="\/c\/[\w-]+\/undangan\/(\d+)\/cabut"/.exec(page)![1]!;
    expect((await submit(`/c/${cohort.slug}/undangan/${inviteId}/cabut`, {})).status).toBe(303);
    expect((await submit(`/c/${cohort.slug}/anggota/${person.member.id}/hapus`, {})).status).toBe(303);
    const after = await (await browse(`/c/${cohort.slug}/kelola?ok=removed`)).text();
    expect(after).toContain('aksesnya ke angkatan ini berakhir sekarang');
    expect(after).not.toContain('Akan Dikeluarkan');
    expect(after).toContain('dicabut');
    expect((await browse(`/c/${cohort.slug}`, person.token)).status).toBe(404);
  });

  it("shows the cohort's widyaiswara a read-only page and refuses participants", async () => {
    const trainer = (await join(cohort.id, 'widyaiswara', 'Widya Baca')).token;
    const reader = (await join(cohort.id, 'participant', 'Peserta Lain')).token;
    const html = await (await browse(`/c/${cohort.slug}/kelola`, trainer)).text();
    expect(html).toContain('Hanya penyelenggara yang dapat membuat tautan');
    expect(html).not.toContain('/cabut"');
    expect(html).not.toContain('/hapus"');
    expect((await submit(`/c/${cohort.slug}/undangan`, { role: 'widyaiswara' }, trainer)).status).toBe(403);
    expect((await browse(`/c/${cohort.slug}/kelola`, reader)).status).toBe(403);
  });

  it('says what is wrong with a link form beside the field (422)', async () => {
    const res = await submit(`/c/${cohort.slug}/undangan`, {
      role: 'participant',
      expiresInDays: '0',
      maxUses: 'x',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="f-expiresInDays-error" role="alert">Masa berlaku (hari) paling kecil 1');
    expect(html).toContain('id="f-maxUses-error" role="alert">Batas pemakaian harus angka');
  });

  it('makes a widyaiswara link single-use when the limit is left empty, and refuses more than 20', async () => {
    const fresh = await createCohort();
    const res = await submit(`/c/${fresh.slug}/undangan`, {
      role: 'widyaiswara',
      expiresInDays: '7',
      maxUses: '',
    });
    expect(res.status).toBe(303);
    const listed = await expectJson(call('GET', `/api/cohorts/${fresh.id}/invites`), 200);
    expect(listed.items[0]).toMatchObject({ role: 'widyaiswara', maxUses: 1 });
    const page = await (await browse(`/c/${fresh.slug}/kelola`)).text();
    expect(page).toContain('sekali pakai untuk widyaiswara');
    const many = await submit(`/c/${fresh.slug}/undangan`, { role: 'widyaiswara', maxUses: '50' });
    expect(many.status).toBe(422);
    expect(await many.text()).toContain(
      'id="f-maxUses-error" role="alert">Tautan widyaiswara paling banyak untuk 20 orang',
    );
  });
});

describe('joining in the browser while signed in', () => {
  it('joins as the same person in one click, and says so when they are in already', async () => {
    const a = await createCohort();
    const b = await createCohort();
    const trainer = await join(a.id, 'widyaiswara', 'Satu Orang');
    const code = await inviteCode(b.id, 'widyaiswara');
    const page = await (await browse(`/i/${code}`, trainer.token)).text();
    expect(page).toContain('Anda masuk sebagai Satu Orang.');
    expect(page).not.toContain('name="name"');
    const joined = await submit(`/i/${code}`, {}, trainer.token);
    expect(joined.status).toBe(303);
    expect(joined.headers.get('location')).toBe(`/c/${b.slug}?ok=joined`);
    const again = await (await browse(`/i/${code}`, trainer.token)).text();
    expect(again).toContain('Anda sudah tergabung di angkatan ini sebagai widyaiswara.');
    const me = await expectJson(call('GET', '/api/me', { token: trainer.token }), 200);
    expect(me.memberships).toHaveLength(2);
  });
});

describe('the account page', () => {
  it('issues a new personal token shown once; the old one stops at once', async () => {
    const cohort = await createCohort();
    const person = await join(cohort.id, 'widyaiswara', 'Ganti Token');
    const page = await (await browse('/saya', person.token)).text();
    expect(page).toContain('Token pribadi');
    expect(page).toContain(cohort.name);
    const res = await submit('/saya/token', {}, person.token);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Token ini hanya ditampilkan sekali.');
    const fresh = /id="new-token" class="token" value="(lokus_[\w-]+)"/.exec(html)![1]!;
    // This browser is signed in again on the new token; its session id is not the token.
    const session = /^(lokus_session=[^;]+)/.exec(res.headers.get('set-cookie')!)![1]!;
    expect(session).not.toContain(fresh);
    expect((await call('GET', '/api/me', { token: null, headers: { cookie: session } })).status).toBe(200);
    expect((await call('GET', '/api/me', { token: person.token })).status).toBe(401);
    expect((await call('GET', '/api/me', { token: fresh })).status).toBe(200);
    expect((await submit('/saya/token', {}, fresh, { origin: 'https://evil.example' })).status).toBe(403);
  });
});
