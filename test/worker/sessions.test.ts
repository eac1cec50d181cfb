/**
 * Browser sessions that can end: a random id in the cookie (only its hash stored), rotated at sign-in, ended
 * on the server by /keluar, by "sign out on every device", by an organiser, by the token they were opened
 * with being replaced, and by time.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../worker/src/crypto.ts';
import {
  ADMIN,
  BASE,
  call,
  createCohort,
  expectError,
  expectJson,
  join,
  signInCookie,
  type TestCohort,
} from './helpers.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded', origin: BASE };

let cohort: TestCohort;

/** The reading list of the cohort as a browser holding `cookie` sees it: its status. */
const readingStatus = async (cookie: string) =>
  (await call('GET', `/c/${cohort.slug}`, { token: null, headers: { cookie } })).status;

const post = (path: string, cookie: string, fields: Record<string, string> = {}) =>
  call('POST', path, { token: null, raw: new URLSearchParams(fields), headers: { ...FORM, cookie } });

const idOf = (cookie: string) => cookie.slice('lokus_session='.length);

beforeAll(async () => {
  cohort = await createCohort();
});

describe('a session', () => {
  it('is a random id kept only as its hash, never the token itself', async () => {
    const person = await join(cohort.id, 'participant', 'Sesi Acak');
    const cookie = await signInCookie(person.token);
    expect(idOf(cookie)).toMatch(/^[\w-]{43}$/);
    expect(cookie).not.toContain(person.token);
    const rows = await env.DB.prepare('SELECT * FROM sessions WHERE member_id = ?')
      .bind(person.member.id)
      .all<{ id_hash: string; expires_at: string }>();
    expect(rows.results).toHaveLength(1);
    expect(rows.results[0]!.id_hash).toBe(await sha256Hex(idOf(cookie)));
    expect(JSON.stringify(rows.results)).not.toContain(idOf(cookie));
    expect(await readingStatus(cookie)).toBe(200);
    // The token in the cookie, as before sessions, signs nobody in.
    expect(await readingStatus(`lokus_session=${person.token}`)).toBe(401);
  });

  it('is replaced when the browser signs in again: the id it had stops working', async () => {
    const person = await join(cohort.id, 'participant', 'Sesi Putar');
    const first = await signInCookie(person.token);
    const again = await post('/masuk', first, { token: person.token });
    expect(again.status).toBe(303);
    const second = /^(lokus_session=[^;]+)/.exec(again.headers.get('set-cookie')!)![1]!;
    expect(second).not.toBe(first);
    expect(await readingStatus(second)).toBe(200);
    expect(await readingStatus(first)).toBe(401);
  });

  it('ends on the server at /keluar: the same cookie replayed afterwards signs nobody in', async () => {
    const person = await join(cohort.id, 'participant', 'Sesi Keluar');
    const cookie = await signInCookie(person.token);
    const other = await signInCookie(person.token);
    expect((await post('/keluar', cookie)).status).toBe(303);
    expect(await readingStatus(cookie)).toBe(401);
    await expectError(call('GET', '/api/me', { token: null, headers: { cookie } }), 401, 'unauthorized');
    // Another device's session is its own.
    expect(await readingStatus(other)).toBe(200);
  });

  it('ends on every device from /saya, the extension token staying', async () => {
    const person = await join(cohort.id, 'widyaiswara', 'Sesi Semua');
    const phone = await signInCookie(person.token);
    const laptop = await signInCookie(person.token);
    const page = await (await call('GET', '/saya', { token: null, headers: { cookie: laptop } })).text();
    expect(page).toContain('Akun ini masuk di 2 browser, termasuk yang ini.');
    const res = await post('/saya/sesi', laptop);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/masuk?ok=sessionsEnded');
    expect(await readingStatus(phone)).toBe(401);
    expect(await readingStatus(laptop)).toBe(401);
    await expectJson(call('GET', '/api/me', { token: person.token }), 200);
    const cross = await call('POST', '/saya/sesi', {
      token: null,
      raw: new URLSearchParams(),
      headers: { ...FORM, origin: 'https://evil.example', cookie: await signInCookie(person.token) },
    });
    expect(cross.status).toBe(403);
  });

  it('ends with the token it was opened with: a new token signs out the other browsers', async () => {
    const person = await join(cohort.id, 'widyaiswara', 'Sesi Token');
    const phone = await signInCookie(person.token);
    const laptop = await signInCookie(person.token);
    const res = await post('/saya/token', laptop);
    expect(res.status).toBe(200);
    const renewed = /^(lokus_session=[^;]+)/.exec(res.headers.get('set-cookie')!)![1]!;
    expect(await readingStatus(phone)).toBe(401);
    expect(await readingStatus(laptop)).toBe(401);
    expect(await readingStatus(renewed)).toBe(200);
    await expectError(call('GET', '/api/me', { token: person.token }), 401, 'unauthorized');
  });

  it('ends when it expires', async () => {
    const person = await join(cohort.id, 'participant', 'Sesi Basi');
    const cookie = await signInCookie(person.token);
    await env.DB.prepare('UPDATE sessions SET expires_at = ? WHERE id_hash = ?')
      .bind('2020-01-01T00:00:00.000Z', await sha256Hex(idOf(cookie)))
      .run();
    expect(await readingStatus(cookie)).toBe(401);
  });

  it('is renewed while in use, so a reader who keeps coming back stays signed in', async () => {
    const person = await join(cohort.id, 'participant', 'Sesi Panjang');
    const cookie = await signInCookie(person.token);
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const idHash = await sha256Hex(idOf(cookie));
    await env.DB.prepare('UPDATE sessions SET expires_at = ? WHERE id_hash = ?').bind(soon, idHash).run();
    const res = await call('GET', `/c/${cohort.slug}`, { token: null, headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^lokus_session=[\w-]{43};.*Max-Age=15552000/);
    const row = await env.DB.prepare('SELECT expires_at FROM sessions WHERE id_hash = ?')
      .bind(idHash)
      .first<{ expires_at: string }>();
    expect(Date.parse(row!.expires_at)).toBeGreaterThan(Date.now() + 170 * 86_400_000);
  });

  it('of the ADMIN_TOKEN ends when that secret is replaced', async () => {
    const cookie = await signInCookie(ADMIN);
    expect((await call('GET', '/', { token: null, headers: { cookie } })).status).toBe(200);
    // As if ADMIN_TOKEN had been rotated in Cloudflare: the session's credential no longer matches it.
    await env.DB.prepare('UPDATE sessions SET credential_hash = ? WHERE id_hash = ?')
      .bind(await sha256Hex('the-previous-admin-token'), await sha256Hex(idOf(cookie)))
      .run();
    await expectError(call('GET', '/api/me', { token: null, headers: { cookie } }), 401, 'unauthorized');
  });
});

describe('an organiser', () => {
  it("ends all of a member's sessions from the API; the member's token stays theirs", async () => {
    const person = await join(cohort.id, 'participant', 'Sesi Diakhiri');
    const bystander = await join(cohort.id, 'participant', 'Sesi Tetap');
    const phone = await signInCookie(person.token);
    const laptop = await signInCookie(person.token);
    const kept = await signInCookie(bystander.token);
    const members = await expectJson(call('GET', `/api/cohorts/${cohort.id}/members`), 200);
    expect(members.items.find((m: any) => m.memberId === person.member.id).sessions).toBe(2);
    const path = `/api/cohorts/${cohort.id}/members/${person.member.id}/sessions`;
    await expectError(call('DELETE', path, { token: bystander.token }), 403, 'forbidden');
    expect(await expectJson(call('DELETE', path), 200)).toEqual({ ended: 2 });
    expect(await readingStatus(phone)).toBe(401);
    expect(await readingStatus(laptop)).toBe(401);
    expect(await readingStatus(kept)).toBe(200);
    await expectJson(call('GET', '/api/me', { token: person.token }), 200);
    // Someone who is not a member of this cohort is not found here.
    const elsewhere = await join((await createCohort()).id, 'participant', 'Lain');
    await expectError(
      call('DELETE', `/api/cohorts/${cohort.id}/members/${elsewhere.member.id}/sessions`),
      404,
      'not_found',
    );
  });

  it('ends them from the members page too', async () => {
    const person = await join(cohort.id, 'participant', 'Sesi Halaman');
    const phone = await signInCookie(person.token);
    const admin = await signInCookie(ADMIN);
    const page = await (
      await call('GET', `/c/${cohort.slug}/kelola`, { token: null, headers: { cookie: admin } })
    ).text();
    expect(page).toContain(`action="/c/${cohort.slug}/anggota/${person.member.id}/sesi"`);
    const res = await post(`/c/${cohort.slug}/anggota/${person.member.id}/sesi`, admin);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `/c/${cohort.slug}/kelola?ok=signedOut#member-${person.member.id}`,
    );
    expect(await readingStatus(phone)).toBe(401);
    expect(await readingStatus(admin)).toBe(200);
  });
});
