/**
 * One person, one identity: accepting while signed in adds a membership to the same member; re-accepting is a
 * no-op; members and invite links of a cohort (use limits, revoking, who joined through which link); removing a
 * member ends their access at once.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  call,
  clipInput,
  createCohort,
  expectError,
  expectJson,
  inviteCode,
  join,
  postClip,
  signInCookie,
} from './helpers.ts';

const accept = (code: string, token: string | null, body: unknown = {}) =>
  call('POST', `/api/invites/${code}/accept`, { token, body });

describe('accepting an invite while signed in', () => {
  it('joins a second cohort as the same member, with the same token', async () => {
    const a = await createCohort();
    const b = await createCohort();
    const trainer = await join(a.id, 'widyaiswara', 'Dr. Sri Wahyuni');
    // The extension sends no name, or an empty one, when it is signed in already.
    const second = await expectJson(
      accept(await inviteCode(b.id, 'widyaiswara'), trainer.token, { name: '' }),
      201,
    );
    expect(second).toMatchObject({
      token: null,
      member: { id: trainer.member.id, name: 'Dr. Sri Wahyuni' },
      cohort: { id: b.id, role: 'widyaiswara' },
      role: 'widyaiswara',
      joined: true,
    });
    const me = await expectJson(call('GET', '/api/me', { token: trainer.token }), 200);
    expect(me.id).toBe(trainer.member.id);
    expect(me.memberships.map((m: { cohortId: number }) => m.cohortId).sort()).toEqual([a.id, b.id].sort());
    // The one token clips into both.
    await postClip(a.id, trainer.token);
    await postClip(b.id, trainer.token);
    const members = await env.DB.prepare('SELECT count(*) AS n FROM members WHERE name = ?')
      .bind('Dr. Sri Wahyuni')
      .first<{ n: number }>();
    expect(members!.n).toBe(1);
  });

  it('treats re-opening an accepted link as a no-op that uses nothing', async () => {
    const cohort = await createCohort();
    const code = await inviteCode(cohort.id, 'participant');
    const first = await expectJson(accept(code, null, { name: 'Peserta Ulang' }), 201);
    const again = await expectJson(accept(code, first.token), 200);
    expect(again).toMatchObject({ joined: false, role: 'participant', member: { id: first.member.id } });
    const links = await expectJson(call('GET', `/api/cohorts/${cohort.id}/invites`), 200);
    expect(links.items[0].uses).toBe(1);
  });

  it('raises a participant who opens a widyaiswara link, and never lowers a widyaiswara', async () => {
    const cohort = await createCohort();
    const person = await join(cohort.id, 'participant', 'Naik Peran');
    const up = await expectJson(accept(await inviteCode(cohort.id, 'widyaiswara'), person.token), 201);
    expect(up).toMatchObject({ role: 'widyaiswara', joined: true });
    const down = await expectJson(accept(await inviteCode(cohort.id, 'participant'), person.token), 200);
    expect(down).toMatchObject({ role: 'widyaiswara', joined: false });
    await postClip(cohort.id, person.token);
  });

  it('needs a name from someone not signed in, and refuses a bad token', async () => {
    const cohort = await createCohort();
    const code = await inviteCode(cohort.id, 'participant');
    const error = await expectError(accept(code, null), 422, 'invalid');
    expect(error.issues).toEqual([{ path: 'name', message: 'Tulis nama Anda untuk bergabung.' }]);
    await expectError(accept(code, 'lokus_not-a-token', { name: 'Siapa' }), 401, 'unauthorized');
  });
});

describe('invite links', () => {
  it('carry an expiry and a use limit, and stop at the limit', async () => {
    const cohort = await createCohort();
    const link = await expectJson(
      call('POST', `/api/cohorts/${cohort.id}/invites`, {
        body: { role: 'participant', expiresInDays: 2, maxUses: 2 },
      }),
      201,
    );
    expect(link).toMatchObject({ role: 'participant', maxUses: 2, uses: 0, state: 'open' });
    const days = (Date.parse(link.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(1.9);
    expect(days).toBeLessThan(2.1);
    await expectJson(accept(link.code, null, { name: 'Satu' }), 201);
    await expectJson(accept(link.code, null, { name: 'Dua' }), 201);
    await expectError(accept(link.code, null, { name: 'Tiga' }), 410, 'invite_used_up');
    const listed = await expectJson(call('GET', `/api/cohorts/${cohort.id}/invites`), 200);
    expect(listed.items[0]).toMatchObject({ id: link.id, uses: 2, members: 2, state: 'used_up' });
  });

  it('for widyaiswara let one person in by default, however many race for it, and never everyone', async () => {
    const cohort = await createCohort();
    const link = await expectJson(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: { role: 'widyaiswara' } }),
      201,
    );
    expect(link).toMatchObject({ role: 'widyaiswara', maxUses: 1 });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => accept(link.code, null, { name: `Editor ${i}` })),
    );
    expect(answers.filter((res) => res.status === 201)).toHaveLength(1);
    expect(answers.filter((res) => res.status === 410)).toHaveLength(29);
    const members = await expectJson(call('GET', `/api/cohorts/${cohort.id}/members`), 200);
    expect(members.items.filter((m: any) => m.role === 'widyaiswara')).toHaveLength(1);
    // The one who came in may open the used link again and is told they are in.
    const winner = (await answers.find((res) => res.status === 201)!.json()) as any;
    const again = await expectJson(accept(link.code, winner.token, {}), 200);
    expect(again.joined).toBe(false);
    // Unlimited or past the cap is refused for widyaiswara links, in the caller's language; participants may.
    const refused = await expectError(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: { role: 'widyaiswara', maxUses: null } }),
      422,
      'invalid',
    );
    expect(refused.issues).toEqual([
      { path: 'maxUses', message: 'Tautan widyaiswara paling banyak untuk 20 orang' },
    ]);
    await expectError(
      call('POST', `/api/cohorts/${cohort.id}/invites`, {
        body: { role: 'widyaiswara', maxUses: 21 },
        headers: { 'accept-language': 'en' },
      }),
      422,
      'invalid',
    );
    const twenty = await expectJson(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: { role: 'widyaiswara', maxUses: 20 } }),
      201,
    );
    expect(twenty.maxUses).toBe(20);
    const classLink = await expectJson(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: { role: 'participant' } }),
      201,
    );
    expect(classLink.maxUses).toBeNull();
  });

  it('let no more people in than the limit, however many race for the last place', async () => {
    const cohort = await createCohort();
    const { code } = await expectJson(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: { role: 'widyaiswara', maxUses: 3 } }),
      201,
    );
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => accept(code, null, { name: `Orang ${i}` })),
    );
    expect(answers.filter((res) => res.status === 201)).toHaveLength(3);
    expect(answers.filter((res) => res.status === 410)).toHaveLength(9);
    const members = await expectJson(call('GET', `/api/cohorts/${cohort.id}/members`), 200);
    expect(members.items).toHaveLength(3);
  });

  it('are revoked by id, and the members who came through one stay listed with it', async () => {
    const cohort = await createCohort();
    const link = await expectJson(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: { role: 'participant' } }),
      201,
    );
    const joined = await expectJson(accept(link.code, null, { name: 'Lewat Tautan' }), 201);
    await expectJson(call('DELETE', `/api/cohorts/${cohort.id}/invites/${link.id}`), 200);
    await expectError(accept(link.code, null, { name: 'Terlambat' }), 410, 'invite_revoked');
    const members = await expectJson(call('GET', `/api/cohorts/${cohort.id}/members`), 200);
    expect(members.items).toEqual([
      expect.objectContaining({ memberId: joined.member.id, role: 'participant', inviteId: link.id }),
    ]);
    const links = await expectJson(call('GET', `/api/cohorts/${cohort.id}/invites`), 200);
    expect(links.items[0]).toMatchObject({ state: 'revoked', members: 1 });
    await expectError(call('DELETE', `/api/cohorts/${cohort.id}/invites/999999`), 404, 'not_found');
  });

  it("validate role, days and limit in the caller's language", async () => {
    const cohort = await createCohort();
    const bad = { role: 'tamu', expiresInDays: 0, maxUses: 2.5 };
    const id = await expectError(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: bad }),
      422,
      'invalid',
    );
    expect(id.issues).toEqual(
      expect.arrayContaining([
        { path: 'role', message: 'Peran harus widyaiswara atau participant' },
        { path: 'expiresInDays', message: 'Masa berlaku (hari) paling kecil 1' },
        { path: 'maxUses', message: 'Batas pemakaian harus bilangan bulat' },
      ]),
    );
    const en = await expectError(
      call('POST', `/api/cohorts/${cohort.id}/invites`, { body: bad, headers: { 'accept-language': 'en' } }),
      422,
      'invalid',
    );
    expect(en.message).toBe('Some fields are not valid.');
    expect(en.issues).toEqual(
      expect.arrayContaining([
        { path: 'role', message: 'The role must be widyaiswara or participant' },
        { path: 'expiresInDays', message: 'Days valid is at least 1' },
        { path: 'maxUses', message: 'The use limit must be a whole number' },
      ]),
    );
  });
});

describe('members', () => {
  it("are listed for organisers and the cohort's widyaiswara, not for participants (403)", async () => {
    const cohort = await createCohort();
    const trainer = await join(cohort.id, 'widyaiswara', 'Widya');
    const reader = await join(cohort.id, 'participant', 'Peserta');
    const list = await expectJson(
      call('GET', `/api/cohorts/${cohort.id}/members`, { token: trainer.token }),
      200,
    );
    expect(list.items.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Widya', 'widyaiswara'],
      ['Peserta', 'participant'],
    ]);
    for (const path of ['members', 'invites'])
      await expectError(
        call('GET', `/api/cohorts/${cohort.id}/${path}`, { token: reader.token }),
        403,
        'forbidden',
      );
    // Widyaiswara see the participant links they may share, not the widyaiswara links.
    await inviteCode(cohort.id, 'widyaiswara');
    await inviteCode(cohort.id, 'participant');
    const links = await expectJson(
      call('GET', `/api/cohorts/${cohort.id}/invites`, { token: trainer.token }),
      200,
    );
    for (const link of links.items) expect(link.url === null).toBe(link.role === 'widyaiswara');
  });

  it('removed by an organiser lose the cohort at once, token and cookie alike', async () => {
    const cohort = await createCohort();
    const trainer = await join(cohort.id, 'widyaiswara', 'Akan Keluar');
    const clip = await postClip(cohort.id, trainer.token);
    const cookie = await signInCookie(trainer.token);
    expect((await call('GET', `/c/${cohort.slug}`, { token: null, headers: { cookie } })).status).toBe(200);
    await expectError(
      call('DELETE', `/api/cohorts/${cohort.id}/members/${trainer.member.id}`, { token: trainer.token }),
      403,
      'forbidden',
    );
    await expectJson(call('DELETE', `/api/cohorts/${cohort.id}/members/${trainer.member.id}`), 200);
    await expectError(call('GET', `/api/clips/${clip.id}`, { token: trainer.token }), 404, 'not_found');
    await expectError(
      call('POST', `/api/cohorts/${cohort.id}/clips`, { token: trainer.token, body: clipInput() }),
      404,
      'not_found',
    );
    const page = await call('GET', `/c/${cohort.slug}`, { token: null, headers: { cookie } });
    expect(page.status).toBe(404);
    await expectError(
      call('DELETE', `/api/cohorts/${cohort.id}/members/${trainer.member.id}`),
      404,
      'not_found',
    );
  });
});
