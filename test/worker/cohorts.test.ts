/** Cohorts, invites and /api/me: success paths, validation (422), malformed JSON (400), size (413), expiry. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../worker/src/crypto.ts';
import { call, createCohort, expectError, expectJson, inviteCode, join } from './helpers.ts';

describe('POST /api/cohorts', () => {
  it('creates a cohort with a URL-safe, unique slug', async () => {
    const body = {
      name: 'PKA Angkatan XII Tahun 2025',
      program: 'PKA',
      startDate: '2025-05-01',
      endDate: '2025-05-03',
    };
    const a = await expectJson(call('POST', '/api/cohorts', { body }), 201);
    const b = await expectJson(call('POST', '/api/cohorts', { body }), 201);
    expect(a).toMatchObject({
      name: body.name,
      program: 'PKA',
      startDate: '2025-05-01',
      endDate: '2025-05-03',
      role: 'organiser',
    });
    expect(a.slug).toMatch(/^pka-angkatan-xii-tahun-2025-[a-z2-9]{6}$/);
    expect(b.slug).not.toBe(a.slug);
    expect(typeof a.id).toBe('number');
    expect(a.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('rejects invalid fields with 422 and Indonesian issues', async () => {
    const error = await expectError(
      call('POST', '/api/cohorts', { body: { name: 'A', program: 'Kursus', startDate: '2025-13-01' } }),
      422,
      'invalid',
    );
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Nama angkatan minimal 3 karakter' },
        expect.objectContaining({
          path: 'program',
          message: expect.stringMatching(/^Harus salah satu dari/),
        }),
        { path: 'startDate', message: 'Tanggal harus berformat YYYY-MM-DD' },
      ]),
    );
    const missing = await expectError(call('POST', '/api/cohorts', { body: {} }), 422, 'invalid');
    expect(missing.issues).toEqual([{ path: 'name', message: 'Wajib diisi' }]);
  });

  it('answers in English when the caller prefers it', async () => {
    const error = await expectError(
      call('POST', '/api/cohorts', { body: {}, headers: { 'accept-language': 'en-US,en;q=0.9,id;q=0.5' } }),
      422,
      'invalid',
    );
    expect(error.message).toBe('Some fields are not valid.');
    const id = await expectError(call('POST', '/api/cohorts', { body: {} }), 422, 'invalid');
    expect(id.message).toBe('Ada isian yang tidak valid.');
  });

  it('answers malformed JSON with 400', async () => {
    const res = call('POST', '/api/cohorts', {
      raw: '{"name": "Angkatan',
      headers: { 'content-type': 'application/json' },
    });
    await expectError(res, 400, 'malformed_json');
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = call('POST', '/api/cohorts', {
      raw: 'name=Angkatan',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await expectError(res, 400, 'bad_request');
  });

  it('answers an oversized body with 413', async () => {
    const res = call('POST', '/api/cohorts', { body: { name: 'x'.repeat(70 * 1024) } });
    await expectError(res, 413, 'too_large');
  });
});

describe('GET /api/cohorts and /api/me', () => {
  it('lists every cohort for the organiser and only theirs for members', async () => {
    const a = await createCohort();
    const b = await createCohort();
    const all = await expectJson(call('GET', '/api/cohorts'), 200);
    expect(all.items.map((c: { id: number }) => c.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    const w = await join(a.id, 'widyaiswara', 'Budi Santoso');
    const mine = await expectJson(call('GET', '/api/cohorts', { token: w.token }), 200);
    expect(mine.items).toEqual([expect.objectContaining({ id: a.id, role: 'widyaiswara' })]);
    const me = await expectJson(call('GET', '/api/me', { token: w.token }), 200);
    expect(me).toEqual({
      id: w.member.id,
      name: 'Budi Santoso',
      role: 'member',
      memberships: [
        { cohortId: a.id, cohortName: a.name, slug: a.slug, role: 'widyaiswara', archived: false },
      ],
    });
    const admin = await expectJson(call('GET', '/api/me'), 200);
    expect(admin).toMatchObject({ role: 'organiser', name: 'Penyelenggara' });
  });
});

describe('invites', () => {
  it('creates an unguessable code with a URL and expiry, and accepting yields a working token', async () => {
    const cohort = await createCohort();
    const invite = await expectJson(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: { role: 'participant' } }),
      201,
    );
    expect(invite.code).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(invite.url).toBe(`http://lokus.test/i/${invite.code}`);
    expect(invite.role).toBe('participant');
    const hours = (Date.parse(invite.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(167);
    expect(hours).toBeLessThanOrEqual(168);
    const accepted = await expectJson(
      call('POST', `/api/invites/${invite.code}/accept`, { token: null, body: { name: '  Dewi Lestari ' } }),
      201,
    );
    expect(accepted).toMatchObject({
      member: { name: 'Dewi Lestari' },
      role: 'participant',
      cohort: { id: cohort.id, role: 'participant' },
    });
    expect(accepted.token).toMatch(/^lokus_[A-Za-z0-9_-]{43}$/);
    await expectJson(call('GET', `/api/cohorts/${cohort.id}/clips`, { token: accepted.token }), 200);
  });

  it('stores only hashes of codes and tokens', async () => {
    const cohort = await createCohort();
    const code = await inviteCode(cohort.id, 'widyaiswara');
    const { token } = await expectJson(
      call('POST', `/api/invites/${code}/accept`, { token: null, body: { name: 'Rina' } }),
      201,
    );
    const stored = await env.DB.prepare(
      'SELECT (SELECT count(*) FROM invites WHERE code_hash = ?1) AS invites, (SELECT count(*) FROM api_tokens WHERE token_hash = ?2) AS tokens, (SELECT count(*) FROM invites WHERE code_hash = ?3) AS plain',
    )
      .bind(await sha256Hex(code), await sha256Hex(token), code)
      .first();
    expect(stored).toEqual({ invites: 1, tokens: 1, plain: 0 });
  });

  it('rejects invalid roles and names with 422', async () => {
    const cohort = await createCohort();
    await expectError(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: { role: 'organiser' } }),
      422,
      'invalid',
    );
    const code = await inviteCode(cohort.id, 'participant');
    const error = await expectError(
      call('POST', `/api/invites/${code}/accept`, { token: null, body: { name: 'A' } }),
      422,
      'invalid',
    );
    expect(error.issues).toEqual([{ path: 'name', message: 'Nama minimal 2 karakter' }]);
    await expectError(
      call('POST', `/api/invites/${code}/accept`, {
        token: null,
        raw: '{',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'malformed_json',
    );
  });

  it('answers 404 for unknown codes and cohorts', async () => {
    await expectError(
      call('POST', '/api/invites/tidak-ada/accept', { token: null, body: { name: 'Rina' } }),
      404,
      'not_found',
    );
    await expectError(call('DELETE', '/api/invites/tidak-ada'), 404, 'not_found');
    await expectError(
      call('POST', '/api/cohorts/999999/invites', { body: { role: 'participant' } }),
      404,
      'not_found',
    );
  });

  it('revoked invites answer 410 invite_revoked', async () => {
    const cohort = await createCohort();
    const code = await inviteCode(cohort.id, 'participant');
    expect(await expectJson(call('DELETE', `/api/invites/${code}`), 200)).toEqual({ revoked: true });
    await expectError(
      call('POST', `/api/invites/${code}/accept`, { token: null, body: { name: 'Rina' } }),
      410,
      'invite_revoked',
    );
  });

  it('expired invites answer 410 invite_expired', async () => {
    const cohort = await createCohort();
    const code = await inviteCode(cohort.id, 'participant');
    await env.DB.prepare('UPDATE invites SET expires_at = ? WHERE code_hash = ?')
      .bind(new Date(Date.now() - 60_000).toISOString(), await sha256Hex(code))
      .run();
    await expectError(
      call('POST', `/api/invites/${code}/accept`, { token: null, body: { name: 'Rina' } }),
      410,
      'invite_expired',
    );
  });

  it('one link serves many people until revoked', async () => {
    const cohort = await createCohort();
    const code = await inviteCode(cohort.id, 'participant');
    const a = await expectJson(
      call('POST', `/api/invites/${code}/accept`, { token: null, body: { name: 'Ani' } }),
      201,
    );
    const b = await expectJson(
      call('POST', `/api/invites/${code}/accept`, { token: null, body: { name: 'Bayu' } }),
      201,
    );
    expect(a.member.id).not.toBe(b.member.id);
    expect(a.token).not.toBe(b.token);
  });
});
