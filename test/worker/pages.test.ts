/** The server pages: /c/:slug grouped by region, escaped, bilingual, cohort-bound; /i/:code sets the session. */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../worker/src/crypto.ts';
import {
  BASE,
  browse,
  call,
  clipInput,
  createCohort,
  inviteCode,
  join,
  postClip,
  record,
  submit,
} from './helpers.ts';

let cohort: { id: number; slug: string; name: string };
let participant: string;
let widyaiswara: string;
let hostileId: number;

const locus = (regionCode: string, agency: string | null, innovations: string[] = []) => ({
  region: null,
  regionCode,
  province: null,
  agency,
  innovations,
});

beforeAll(async () => {
  cohort = await createCohort('PKA Angkatan XII');
  widyaiswara = (await join(cohort.id, 'widyaiswara')).token;
  participant = (await join(cohort.id, 'participant', 'Peserta Satu')).token;
  await postClip(
    cohort.id,
    widyaiswara,
    clipInput({
      title: 'Belajar Layad Rawat di Bandung',
      record: record({ loci: [locus('32.73', 'Dinas Kesehatan Kota Bandung', ['Layad Rawat'])] }),
    }),
  );
  await postClip(
    cohort.id,
    widyaiswara,
    clipInput({
      title: 'Mal Pelayanan Publik Banyuwangi',
      record: record({ loci: [locus('35.10', 'Mal Pelayanan Publik', ['Smart Kampung'])] }),
    }),
  );
  hostileId = (
    await postClip(
      cohort.id,
      widyaiswara,
      clipInput({
        title: '<img src=x onerror=alert(1)>',
        note: '<script>alert(2)</script>',
        record: record({ loci: [locus('35.10', '<b>Dinas</b>', ['<svg onload=alert(3)>'])] }),
      }),
    )
  ).id;
});

const page = (path: string, token: string | null = participant, headers: Record<string, string> = {}) =>
  browse(path, token, headers);

describe('GET /c/:slug', () => {
  it('renders the reading list grouped by region then locus, in Bahasa Indonesia', async () => {
    const res = await page(`/c/${cohort.slug}?tampilan=wilayah`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-security-policy')).toContain("style-src 'self';");
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html><html lang="id">/);
    const bandung = html.indexOf('Kota Bandung');
    const banyuwangi = html.indexOf('Kabupaten Banyuwangi');
    expect(bandung).toBeGreaterThan(0);
    expect(banyuwangi).toBeGreaterThan(0);
    // Jawa Barat before Jawa Timur; within a region, the locus heading before its clips.
    expect(bandung).toBeLessThan(banyuwangi);
    expect(html.indexOf('Dinas Kesehatan Kota Bandung')).toBeLessThan(
      html.indexOf('Belajar Layad Rawat di Bandung'),
    );
    expect(html).toContain('<section class="region" data-region="35.10">');
    expect(html).toContain('Smart Kampung');
    expect(html).toContain('Cari');
    expect(html).toContain('3 kliping');
    expect(html).toContain('Tandai sudah dibaca');
    expect(html).toContain('href="https://www.example.co.id/berita/');
    // One script, our own (copy buttons); nothing from the clips runs.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="/aset/lokus.js" defer>']);
    // One stylesheet, our own, kept by the browser across pages; no inline style anywhere.
    expect(html.match(/<link\b[^>]*stylesheet[^>]*>/g)).toEqual([
      '<link rel="stylesheet" href="/aset/lokus.css"/>',
    ]);
    expect(html).not.toMatch(/<style\b|\sstyle=/);
  });

  it('links its icon, which /aset and /favicon.ico answer as SVG that a browser may keep for an hour', async () => {
    const html = await (await call('GET', '/masuk', { token: null })).text();
    expect(html).toContain('<link rel="icon" href="/aset/lokus.svg" type="image/svg+xml"/>');
    for (const path of ['/aset/lokus.svg', '/favicon.ico']) {
      const res = await call('GET', path, { token: null });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/svg+xml');
      expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
      expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
  });

  it('takes its stylesheet from /aset, which every browser may keep for an hour', async () => {
    const res = await call('GET', '/aset/lokus.css', { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(await res.text()).toContain('box-sizing:border-box');
  });

  it('shows an article that visited several places of one region whole once, linking back from the others', async () => {
    const own = await createCohort('PKP Angkatan III');
    const trainer = (await join(own.id, 'widyaiswara')).token;
    const reader = (await join(own.id, 'participant', 'Peserta Dua')).token;
    const { id } = await postClip(
      own.id,
      trainer,
      clipInput({
        title: 'Studi lapangan ke tiga OPD Kota Bandung',
        record: record({
          loci: [
            locus('32.73', 'Dinas Kesehatan Kota Bandung', ['Layad Rawat']),
            locus('32.73', 'BKPP Kota Bandung', ['e-RK']),
          ],
        }),
      }),
    );
    const html = await (await page(`/c/${own.slug}?tampilan=wilayah`, reader)).text();
    expect(html.match(/Studi lapangan ke tiga OPD Kota Bandung/g)).toHaveLength(2);
    expect(html.match(/Tandai sudah dibaca/g)).toHaveLength(1);
    expect(html).toContain(`id="clip-${id}"`);
    expect(html).toContain(`href="#clip-${id}"`);
    expect(html.indexOf(`id="clip-${id}"`)).toBeLessThan(html.indexOf(`href="#clip-${id}"`));
    expect(html).toContain('lihat di atas');
  });

  it('escapes hostile clip text', async () => {
    const html = await (await page(`/c/${cohort.slug}`)).text();
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(2)');
    expect(html).not.toContain('<svg onload');
    expect(html).not.toContain('<b>Dinas</b>');
    expect(html).toContain(`id="clip-${hostileId}"`);
  });

  it('switches to English with ?lang=en', async () => {
    const html = await (await page(`/c/${cohort.slug}?lang=en`)).text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('Reading list');
    expect(html).toContain('Mark as read');
    expect(html).toContain('3 clips');
  });

  it('searches with ?q= through the full-text index', async () => {
    const html = await (await page(`/c/${cohort.slug}?q=layad`)).text();
    expect(html).toContain('Belajar Layad Rawat di Bandung');
    expect(html).not.toContain('Mal Pelayanan Publik Banyuwangi');
    expect(html).toContain('1 kliping cocok dengan “layad”');
  });

  it('accepts the token as a bearer too', async () => {
    const res = await call('GET', `/c/${cohort.slug}`, { token: participant });
    expect(res.status).toBe(200);
  });

  it('asks anonymous readers to sign in (401) whether or not the cohort exists, and shows other cohorts as missing (404)', async () => {
    const anonymous = await page(`/c/${cohort.slug}`, null);
    expect(anonymous.status).toBe(401);
    const anonymousText = await anonymous.text();
    expect(anonymousText).toContain('Buka tautan undangan');
    const madeUp = await page('/c/tidak-ada-sama-sekali', null);
    expect(madeUp.status).toBe(401);
    expect((await madeUp.text()).replaceAll('tidak-ada-sama-sekali', cohort.slug)).toBe(anonymousText);
    const other = await createCohort();
    const outsider = (await join(other.id, 'participant')).token;
    const refused = await page(`/c/${cohort.slug}`, outsider);
    expect(refused.status).toBe(404);
    const html = await refused.text();
    expect(html).toContain('Halaman tidak ditemukan');
    expect(html).not.toContain('Layad Rawat');
    const missing = await page('/c/tidak-ada', outsider);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(html);
    expect((await page(`/c/${other.slug}`, participant)).status).toBe(404);
  });

  it('marks a clip read and unread through a plain form post', async () => {
    const post = (read: '0' | '1', headers: Record<string, string> = {}) =>
      submit(
        `/c/${cohort.slug}/read/${hostileId}`,
        { read, back: `/c/${cohort.slug}?tampilan=wilayah` },
        participant,
        headers,
      );
    const res = await post('1');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/c/${cohort.slug}?tampilan=wilayah#clip-${hostileId}`);
    let html = await (await page(`/c/${cohort.slug}`)).text();
    expect(html).toContain('✓ Sudah dibaca');
    expect(html).toContain('2 belum dibaca');
    expect((await post('0')).status).toBe(303);
    html = await (await page(`/c/${cohort.slug}`)).text();
    expect(html).toContain('3 belum dibaca');
    expect((await post('1', { origin: 'https://evil.example' })).status).toBe(403);
  });
});

describe('/i/:code', () => {
  it('shows the invite form, then sets an HttpOnly session cookie and sends participants to the list', async () => {
    const code = await inviteCode(cohort.id, 'participant');
    const form = await call('GET', `/i/${code}`, { token: null });
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain(`Bergabung dengan ${cohort.name}`);
    expect(html).toContain('peserta');
    const res = await call('POST', `/i/${code}`, {
      token: null,
      raw: new URLSearchParams({ name: 'Peserta Dua' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/c/${cohort.slug}`);
    const cookie = res.headers.get('set-cookie')!;
    // A random session id, not the person's token.
    expect(cookie).toMatch(/^lokus_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const session = /^(lokus_session=[^;]+)/.exec(cookie)![1]!;
    const list = await page(`/c/${cohort.slug}`, null, { cookie: session });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('Peserta Dua');
  });

  it('shows a widyaiswara the personal token for the extension', async () => {
    const code = await inviteCode(cohort.id, 'widyaiswara');
    const res = await call('POST', `/i/${code}?lang=en`, {
      token: null,
      raw: new URLSearchParams({ name: 'Dr. Widya', lang: 'en' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    const session = /lokus_session=([^;]+)/.exec(res.headers.get('set-cookie')!)![1]!;
    const html = await res.text();
    expect(html).toContain('Your personal token');
    const token = /value="(lokus_[\w-]+)"/.exec(html)![1]!;
    expect(session).not.toBe(token);
    expect(html).toContain(`value="${BASE}"`);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const me = await call('GET', '/api/me', { token });
    expect(((await me.json()) as any).memberships[0].role).toBe('widyaiswara');
  });

  it('re-asks for a too-short name (422) and refuses revoked, expired and unknown codes', async () => {
    const code = await inviteCode(cohort.id, 'participant');
    const short = await call('POST', `/i/${code}`, {
      token: null,
      raw: new URLSearchParams({ name: 'A' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('Nama minimal 2 karakter');
    await call('DELETE', `/api/invites/${code}`);
    const revoked = await call('GET', `/i/${code}`, { token: null });
    expect(revoked.status).toBe(410);
    expect(await revoked.text()).toContain('Undangan ini sudah dicabut');
    const old = await inviteCode(cohort.id, 'participant');
    await env.DB.prepare("UPDATE invites SET expires_at = '2020-01-01T00:00:00.000Z' WHERE code_hash = ?")
      .bind(await sha256Hex(old))
      .run();
    const expired = await call('POST', `/i/${old}`, {
      token: null,
      raw: new URLSearchParams({ name: 'Peserta Tiga' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(expired.status).toBe(410);
    expect(expired.headers.get('set-cookie')).toBeNull();
    expect((await call('GET', '/i/tidak-ada', { token: null })).status).toBe(404);
  });
});
