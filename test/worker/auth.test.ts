/** Every authenticated route refuses a missing or bad token (401), the wrong role and other cohorts (403). */
import { beforeAll, describe, expect, it } from 'vitest';
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

let cohortA: { id: number; slug: string };
let cohortB: { id: number };
let widyaiswaraA: string;
let participantA: string;
let widyaiswaraB: string;
let clipA: number;
let inviteA: string;

beforeAll(async () => {
  cohortA = await createCohort();
  cohortB = await createCohort();
  widyaiswaraA = (await join(cohortA.id, 'widyaiswara')).token;
  participantA = (await join(cohortA.id, 'participant')).token;
  widyaiswaraB = (await join(cohortB.id, 'widyaiswara')).token;
  clipA = (await postClip(cohortA.id, widyaiswaraA)).id;
  inviteA = await inviteCode(cohortA.id, 'participant');
});

type Route = [method: string, path: () => string, body?: () => unknown];
const routes: Route[] = [
  ['GET', () => '/api/me'],
  ['GET', () => '/api/cohorts'],
  ['POST', () => '/api/cohorts', () => ({ name: 'Angkatan Baru' })],
  ['POST', () => `/api/cohorts/${cohortA.id}/invites`, () => ({ role: 'participant' })],
  ['DELETE', () => `/api/invites/${inviteA}`],
  ['POST', () => `/api/cohorts/${cohortA.id}/clips`, () => clipInput()],
  ['GET', () => `/api/cohorts/${cohortA.id}/clips`],
  ['GET', () => `/api/clips/${clipA}`],
  ['PATCH', () => `/api/clips/${clipA}`, () => ({ note: 'catatan' })],
  ['DELETE', () => `/api/clips/${clipA}`],
  ['POST', () => `/api/clips/${clipA}/read`],
  ['DELETE', () => `/api/clips/${clipA}/read`],
  ['GET', () => `/api/lookup?url=${encodeURIComponent('https://example.com/a')}`],
  ['GET', () => `/api/cohorts/${cohortA.id}/export.csv`],
  ['GET', () => `/api/cohorts/${cohortA.id}/export.ris`],
];

describe.each(routes)('%s %s', (method, path, body) => {
  it('answers 401 without a token', async () => {
    await expectError(call(method, path(), { token: null, body: body?.() }), 401, 'unauthorized');
  });
  it('answers 401 with a bad token', async () => {
    await expectError(
      call(method, path(), { token: 'lokus_not-a-real-token', body: body?.() }),
      401,
      'unauthorized',
    );
  });
  it('answers 401 with a malformed Authorization header', async () => {
    const res = call(method, path(), {
      token: null,
      body: body?.(),
      headers: { authorization: 'Basic abc' },
    });
    await expectError(res, 401, 'unauthorized');
  });
});

describe('wrong role → 403', () => {
  it.each<Route>([
    ['POST', () => '/api/cohorts', () => ({ name: 'Angkatan Baru' })],
    ['POST', () => `/api/cohorts/${cohortA.id}/invites`, () => ({ role: 'participant' })],
    ['DELETE', () => `/api/invites/${inviteA}`],
  ])('a widyaiswara cannot %s %s', async (method, path, body) => {
    await expectError(call(method, path(), { token: widyaiswaraA, body: body?.() }), 403, 'forbidden');
  });

  it.each<Route>([
    ['POST', () => `/api/cohorts/${cohortA.id}/clips`, () => clipInput()],
    ['PATCH', () => `/api/clips/${clipA}`, () => ({ note: 'catatan' })],
    ['DELETE', () => `/api/clips/${clipA}`],
  ])('a participant cannot %s %s', async (method, path, body) => {
    await expectError(call(method, path(), { token: participantA, body: body?.() }), 403, 'forbidden');
  });
});

describe('another cohort answers as if it did not exist → 404', () => {
  it.each<Route>([
    ['POST', () => `/api/cohorts/${cohortA.id}/clips`, () => clipInput()],
    ['GET', () => `/api/cohorts/${cohortA.id}/clips`],
    ['GET', () => `/api/clips/${clipA}`],
    ['PATCH', () => `/api/clips/${clipA}`, () => ({ note: 'catatan' })],
    ['DELETE', () => `/api/clips/${clipA}`],
    ['POST', () => `/api/clips/${clipA}/read`],
    ['GET', () => `/api/cohorts/${cohortA.id}/export.csv`],
    ['GET', () => `/api/cohorts/${cohortA.id}/export.ris`],
  ])('a widyaiswara of cohort B cannot %s %s', async (method, path, body) => {
    await expectError(call(method, path(), { token: widyaiswaraB, body: body?.() }), 404, 'not_found');
  });

  it('a participant of A sees neither B in /api/cohorts nor its clips', async () => {
    const { items } = await expectJson(call('GET', '/api/cohorts', { token: participantA }), 200);
    expect(items.map((c: { id: number }) => c.id)).toEqual([cohortA.id]);
    await expectError(
      call('GET', `/api/cohorts/${cohortB.id}/clips`, { token: participantA }),
      404,
      'not_found',
    );
  });

  it('the clip still exists after all those refusals', async () => {
    const clip = await expectJson(call('GET', `/api/clips/${clipA}`), 200);
    expect(clip.note).toBe('');
  });
});

describe('cookie sessions', () => {
  it('are accepted in place of the bearer token', async () => {
    const cookie = await signInCookie(participantA);
    const me = await expectJson(call('GET', '/api/me', { token: null, headers: { cookie } }), 200);
    expect(me.memberships).toEqual([expect.objectContaining({ cohortId: cohortA.id, role: 'participant' })]);
  });

  it('cannot write from another site', async () => {
    const res = call('POST', `/api/clips/${clipA}/read`, {
      token: null,
      headers: { cookie: await signInCookie(participantA), origin: 'https://evil.example' },
    });
    await expectError(res, 403, 'forbidden');
  });
});
