/**
 * Who may do what, from one table: every route of the worker (API and pages) × ten callers → the status each
 * gets. Not-yours answers as not-there (404); a wrong role inside one's cohort is 403; no or a dead credential
 * is 401 (pages that work signed out treat a dead session as signed out). A route added without a row here
 * fails the coverage check at the end.
 *
 * Cohort A holds participant A, widyaiswara A and the clip, invite and feed the rows act on; cohort B holds
 * participant B and widyaiswara B. The removed member was widyaiswara A until an organiser removed them; the
 * revoked token (and the browser session opened with it) ended when its owner made a new one. The organiser
 * uses the admin member's personal token; the admin token is ADMIN_TOKEN itself. Pages are called as a browser
 * would, with a session of the caller's own opened at /masuk and a same-origin form post.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/src/index.ts';
import {
  ADMIN,
  call,
  clipInput,
  createCohort,
  expectJson,
  join,
  postClip,
  signInCookie,
  submit,
  type TestCohort,
} from './helpers.ts';

const ACTORS = [
  'anonymous',
  'badToken',
  'revokedToken',
  'removedMember',
  'participantA',
  'participantB',
  'widyaiswaraA',
  'widyaiswaraB',
  'organiser',
  'adminToken',
] as const;
type Actor = (typeof ACTORS)[number];

interface World {
  a: TestCohort;
  b: TestCohort;
  clipA: number;
  inviteA: { id: number; code: string };
  /** Each caller's bearer token (null: anonymous). */
  tokens: Record<Actor, string | null>;
  /** The revoked token's browser session, opened before the token was replaced. */
  revokedSession: string;
}

/** What one cell acts on, made fresh for rows that change or end it. */
interface Fresh {
  clip: number;
  member: number;
  invite: { id: number; code: string };
  /** A participant link to a cohort of its own, so that joining through it changes nobody's place in A or B. */
  elsewhere: string;
  /** A private feed address of a participant of A. */
  feed: string;
}

interface Row {
  /** `METHOD /path` exactly as the app registers it. */
  route: string;
  /** The ten statuses in ACTORS order. */
  expect: string;
  path: (w: World, f: Fresh) => string;
  /** JSON body (API) or form fields (pages). */
  body?: (w: World, f: Fresh, actor: Actor) => unknown;
  /** What the row needs made fresh for each cell. */
  fresh?: (keyof Fresh)[];
}

const json = (route: string, expectStatuses: string, path: Row['path'], extra: Partial<Row> = {}): Row => ({
  route,
  expect: expectStatuses,
  path,
  ...extra,
});

// Columns: anonymous, badToken, revokedToken, removedMember, participantA, participantB, widyaiswaraA,
// widyaiswaraB, organiser, adminToken.
const SIGNED_IN = '401 401 401 200 200 200 200 200 200 200';
const ANYONE = '200 200 200 200 200 200 200 200 200 200';
const MEMBERS_OF_A = '401 401 401 404 200 404 200 404 200 200';
const STAFF_OF_A = '401 401 401 404 403 404 200 404 200 200';
const ORGANISER_IN_A = '401 401 401 404 403 404 403 404 200 200';
const ORGANISER = '401 401 401 403 403 403 403 403 200 200';
const SCOUTS = '401 401 401 403 403 403 200 200 200 200';
const as = (statuses: string, from: number, to: number) =>
  statuses
    .split(' ')
    .map((s) => (s === String(from) ? String(to) : s))
    .join(' ');

const API: Row[] = [
  json('GET /api/health', ANYONE, () => '/api/health'),
  json('GET /api/me', SIGNED_IN, () => '/api/me'),
  json('POST /api/cohorts', as(ORGANISER, 200, 201), () => '/api/cohorts', {
    body: () => ({ name: 'Angkatan Matriks' }),
  }),
  json('GET /api/cohorts', SIGNED_IN, () => '/api/cohorts'),
  json('PATCH /api/cohorts/:id', ORGANISER, (w) => `/api/cohorts/${w.a.id}`, {
    body: (w) => ({ name: w.a.name }),
  }),
  json('GET /api/cohorts/:id/visits', MEMBERS_OF_A, (w) => `/api/cohorts/${w.a.id}/visits`),
  json('PUT /api/cohorts/:id/visits', STAFF_OF_A, (w) => `/api/cohorts/${w.a.id}/visits`, {
    body: () => ({ visits: [] }),
  }),
  json('GET /api/cohorts/:id/regions', MEMBERS_OF_A, (w) => `/api/cohorts/${w.a.id}/regions`),
  json('GET /api/cohorts/:id/members', STAFF_OF_A, (w) => `/api/cohorts/${w.a.id}/members`),
  json(
    'DELETE /api/cohorts/:id/members/:memberId',
    ORGANISER_IN_A,
    (w, f) => `/api/cohorts/${w.a.id}/members/${f.member}`,
    { fresh: ['member'] },
  ),
  json(
    'DELETE /api/cohorts/:id/members/:memberId/sessions',
    ORGANISER_IN_A,
    (w, f) => `/api/cohorts/${w.a.id}/members/${f.member}/sessions`,
    { fresh: ['member'] },
  ),
  json('GET /api/cohorts/:id/invites', STAFF_OF_A, (w) => `/api/cohorts/${w.a.id}/invites`),
  json(
    'POST /api/cohorts/:id/invites',
    as(ORGANISER_IN_A, 200, 201),
    (w) => `/api/cohorts/${w.a.id}/invites`,
    {
      body: () => ({ role: 'participant' }),
    },
  ),
  json(
    'DELETE /api/cohorts/:id/invites/:inviteId',
    ORGANISER_IN_A,
    (w, f) => `/api/cohorts/${w.a.id}/invites/${f.invite.id}`,
    { fresh: ['invite'] },
  ),
  json('POST /api/cohorts/:id/clips', as(STAFF_OF_A, 200, 201), (w) => `/api/cohorts/${w.a.id}/clips`, {
    body: () => clipInput(),
  }),
  json('GET /api/cohorts/:id/clips', MEMBERS_OF_A, (w) => `/api/cohorts/${w.a.id}/clips`),
  json('GET /api/clips/:id', MEMBERS_OF_A, (w) => `/api/clips/${w.clipA}`),
  json('PATCH /api/clips/:id', STAFF_OF_A, (w) => `/api/clips/${w.clipA}`, {
    body: () => ({ note: 'matriks' }),
  }),
  json('DELETE /api/clips/:id', STAFF_OF_A, (_, f) => `/api/clips/${f.clip}`, { fresh: ['clip'] }),
  json('POST /api/clips/:id/read', MEMBERS_OF_A, (w) => `/api/clips/${w.clipA}/read`),
  json('DELETE /api/clips/:id/read', MEMBERS_OF_A, (w) => `/api/clips/${w.clipA}/read`),
  json('PUT /api/clips/:id/assignment', STAFF_OF_A, (_, f) => `/api/clips/${f.clip}/assignment`, {
    fresh: ['clip'],
    body: () => ({ required: true, dueDate: '2030-01-31' }),
  }),
  json('DELETE /api/clips/:id/assignment', STAFF_OF_A, (_, f) => `/api/clips/${f.clip}/assignment`, {
    fresh: ['clip'],
  }),
  json('GET /api/cohorts/:id/completion', STAFF_OF_A, (w) => `/api/cohorts/${w.a.id}/completion`),
  json('GET /api/cohorts/:id/progress', MEMBERS_OF_A, (w) => `/api/cohorts/${w.a.id}/progress`),
  json('GET /api/cohorts/:id/export.csv', MEMBERS_OF_A, (w) => `/api/cohorts/${w.a.id}/export.csv`),
  json('GET /api/cohorts/:id/export.ris', MEMBERS_OF_A, (w) => `/api/cohorts/${w.a.id}/export.ris`),
  json('GET /api/cohorts/:id/export.json', MEMBERS_OF_A, (w) => `/api/cohorts/${w.a.id}/export.json`),
  json('GET /api/cohorts/:id/completion.csv', STAFF_OF_A, (w) => `/api/cohorts/${w.a.id}/completion.csv`),
  json('DELETE /api/invites/:code', ORGANISER, (_, f) => `/api/invites/${f.invite.code}`, {
    fresh: ['invite'],
  }),
  // Anyone with the code joins: a new person, or the caller as themselves (201); organisers are in every cohort.
  json(
    'POST /api/invites/:code/accept',
    '201 401 401 201 201 201 201 201 200 200',
    (_, f) => `/api/invites/${f.elsewhere}/accept`,
    { fresh: ['elsewhere'], body: () => ({ name: 'Orang Baru' }) },
  ),
  json('GET /api/lookup', SIGNED_IN, () => '/api/lookup?url=https%3A%2F%2Fwww.example.co.id%2Fberita%2Fx'),
  json('GET /api/regions', ANYONE, () => '/api/regions?q=banyu'),
  json('GET /api/scouting/regions', SCOUTS, () => '/api/scouting/regions'),
  json('GET /api/scouting/regions.csv', SCOUTS, () => '/api/scouting/regions.csv'),
  json('GET /api/scouting/regions.json', SCOUTS, () => '/api/scouting/regions.json'),
  json('GET /api/scouting/regions/:code', SCOUTS, () => '/api/scouting/regions/35.10'),
  json('GET /api/scouting/innovations', SCOUTS, () => '/api/scouting/innovations'),
];

const PAGE_SIGNED_IN = SIGNED_IN;
const page = json;
const slugOf = (w: World) => w.a.slug;

const PAGES: Row[] = [
  page('GET /aset/lokus.js', ANYONE, () => '/aset/lokus.js'),
  page('GET /aset/lokus.css', ANYONE, () => '/aset/lokus.css'),
  page('GET /aset/lokus.svg', ANYONE, () => '/aset/lokus.svg'),
  page('GET /favicon.ico', ANYONE, () => '/favicon.ico'),
  // Signed out (or a session that ended), the home page sends the browser to sign in.
  page('GET /', '303 303 303 200 200 200 200 200 200 200', () => '/'),
  page('POST /angkatan', as(ORGANISER, 200, 303), () => '/angkatan', {
    body: () => ({ name: 'Angkatan Halaman' }),
  }),
  page('GET /c/:slug/ubah', ORGANISER_IN_A, (w) => `/c/${slugOf(w)}/ubah`),
  page('POST /c/:slug/ubah', as(ORGANISER_IN_A, 200, 303), (w) => `/c/${slugOf(w)}/ubah`, {
    body: (w) => ({ name: w.a.name, program: 'PKA' }),
  }),
  page('POST /c/:slug/arsip', as(ORGANISER_IN_A, 200, 303), (w) => `/c/${slugOf(w)}/arsip`, {
    body: () => ({ archived: '0' }),
  }),
  page('GET /saya', PAGE_SIGNED_IN, () => '/saya'),
  page('POST /saya/sesi', as(PAGE_SIGNED_IN, 200, 303), () => '/saya/sesi'),
  page('GET /c/:slug', MEMBERS_OF_A, (w) => `/c/${slugOf(w)}`),
  page('POST /c/:slug/read/:clipId', as(MEMBERS_OF_A, 200, 303), (w) => `/c/${slugOf(w)}/read/${w.clipA}`, {
    body: () => ({ read: '1' }),
  }),
  page('GET /c/:slug/k/:clipId', MEMBERS_OF_A, (w) => `/c/${slugOf(w)}/k/${w.clipA}`),
  page('GET /c/:slug/kemajuan', STAFF_OF_A, (w) => `/c/${slugOf(w)}/kemajuan`),
  page('GET /c/:slug/k/:clipId/ubah', STAFF_OF_A, (w) => `/c/${slugOf(w)}/k/${w.clipA}/ubah`),
  page(
    'POST /c/:slug/k/:clipId/ubah',
    as(STAFF_OF_A, 200, 303),
    (w, f) => `/c/${slugOf(w)}/k/${f.clip}/ubah`,
    {
      fresh: ['clip'],
      body: () => ({ title: 'Judul diperbaiki', note: '', lociCount: '0' }),
    },
  ),
  page('GET /c/:slug/k/:clipId/hapus', STAFF_OF_A, (w) => `/c/${slugOf(w)}/k/${w.clipA}/hapus`),
  page(
    'POST /c/:slug/k/:clipId/hapus',
    as(STAFF_OF_A, 200, 303),
    (w, f) => `/c/${slugOf(w)}/k/${f.clip}/hapus`,
    {
      fresh: ['clip'],
    },
  ),
  page(
    'POST /c/:slug/k/:clipId/wajib',
    as(STAFF_OF_A, 200, 303),
    (w, f) => `/c/${slugOf(w)}/k/${f.clip}/wajib`,
    {
      fresh: ['clip'],
      body: () => ({ dueDate: '2030-01-31' }),
    },
  ),
  page('GET /c/:slug/kelola', STAFF_OF_A, (w) => `/c/${slugOf(w)}/kelola`),
  page('GET /c/:slug/kelola/qr/:inviteId', STAFF_OF_A, (w) => `/c/${slugOf(w)}/kelola/qr/${w.inviteA.id}`),
  page('POST /c/:slug/undangan', as(ORGANISER_IN_A, 200, 303), (w) => `/c/${slugOf(w)}/undangan`, {
    body: () => ({ role: 'participant', expiresInDays: '7' }),
  }),
  page(
    'POST /c/:slug/undangan/:inviteId/cabut',
    as(ORGANISER_IN_A, 200, 303),
    (w, f) => `/c/${slugOf(w)}/undangan/${f.invite.id}/cabut`,
    { fresh: ['invite'] },
  ),
  page('POST /c/:slug/kunjungan', as(STAFF_OF_A, 200, 303), (w) => `/c/${slugOf(w)}/kunjungan`),
  page(
    'POST /c/:slug/anggota/:memberId/hapus',
    as(ORGANISER_IN_A, 200, 303),
    (w, f) => `/c/${slugOf(w)}/anggota/${f.member}/hapus`,
    { fresh: ['member'] },
  ),
  page(
    'POST /c/:slug/anggota/:memberId/sesi',
    as(ORGANISER_IN_A, 200, 303),
    (w, f) => `/c/${slugOf(w)}/anggota/${f.member}/sesi`,
    { fresh: ['member'] },
  ),
  page('GET /c/:slug/umpan', MEMBERS_OF_A, (w) => `/c/${slugOf(w)}/umpan`),
  page('POST /c/:slug/umpan', MEMBERS_OF_A, (w) => `/c/${slugOf(w)}/umpan`),
  // A feed address is its own key: whoever holds it reads, signed in or not.
  page('GET /umpan/:key', ANYONE, (_, f) => `/umpan/${f.feed}`, { fresh: ['feed'] }),
  page('GET /i/:code', ANYONE, (w) => `/i/${w.inviteA.code}`),
  page('POST /i/:code', '303 303 303 303 303 303 303 303 303 303', (_, f) => `/i/${f.elsewhere}`, {
    fresh: ['elsewhere'],
    body: () => ({ name: 'Orang Baru' }),
  }),
  page('GET /lokus', SCOUTS, () => '/lokus'),
  page('GET /lokus/wilayah/:code', SCOUTS, () => '/lokus/wilayah/35.10'),
  page('GET /lokus/inovasi', SCOUTS, () => '/lokus/inovasi'),
  page('GET /lokus/banding', SCOUTS, () => '/lokus/banding?w=35.10&w=32.73'),
  page('GET /masuk', ANYONE, () => '/masuk'),
  // The credential here is the token typed into the form.
  page('POST /masuk', '401 401 401 303 303 303 303 303 303 303', () => '/masuk', {
    body: (w, _, actor) => ({ token: w.tokens[actor] ?? '' }),
  }),
  page('POST /keluar', '303 303 303 303 303 303 303 303 303 303', () => '/keluar'),
  // Last: a new token ends the caller's old one (and every row after would see it dead).
  page('POST /saya/token', PAGE_SIGNED_IN, () => '/saya/token'),
];

let w: World;

beforeAll(async () => {
  const a = await createCohort('Angkatan A');
  const b = await createCohort('Angkatan B');
  const participantA = await join(a.id, 'participant', 'Peserta A');
  const widyaiswaraA = await join(a.id, 'widyaiswara', 'Widyaiswara A');
  const participantB = await join(b.id, 'participant', 'Peserta B');
  const widyaiswaraB = await join(b.id, 'widyaiswara', 'Widyaiswara B');
  const removed = await join(a.id, 'widyaiswara', 'Dikeluarkan');
  await expectJson(call('DELETE', `/api/cohorts/${a.id}/members/${removed.member.id}`), 200);
  const replaced = await join(a.id, 'widyaiswara', 'Token Lama');
  const revokedSession = await signInCookie(replaced.token);
  expect((await submit('/saya/token', {}, replaced.token)).status).toBe(200);
  const organiserPage = await (await submit('/saya/token', {}, ADMIN)).text();
  const organiser = /id="new-token" class="token" value="(lokus_[\w-]+)"/.exec(organiserPage)![1]!;
  const clipA = (await postClip(a.id, widyaiswaraA.token)).id;
  await postClip(b.id, widyaiswaraB.token);
  const inviteA = await expectJson(
    call('POST', `/api/cohorts/${a.id}/invites`, { body: { role: 'participant' } }),
    201,
  );
  w = {
    a,
    b,
    clipA,
    inviteA: { id: inviteA.id, code: inviteA.code },
    revokedSession,
    tokens: {
      anonymous: null,
      badToken: 'lokus_not-a-token-anyone-holds',
      revokedToken: replaced.token,
      removedMember: removed.token,
      participantA: participantA.token,
      participantB: participantB.token,
      widyaiswaraA: widyaiswaraA.token,
      widyaiswaraB: widyaiswaraB.token,
      organiser,
      adminToken: ADMIN,
    },
  };
});

async function freshFor(row: Row): Promise<Fresh> {
  const wanted = new Set(row.fresh ?? []);
  const fresh = { clip: 0, member: 0, invite: { id: 0, code: '' }, elsewhere: '', feed: '' };
  if (wanted.has('clip')) {
    fresh.clip = (await postClip(w.a.id, w.tokens.widyaiswaraA!)).id;
    if (row.route === 'DELETE /api/clips/:id/assignment')
      await expectJson(
        call('PUT', `/api/clips/${fresh.clip}/assignment`, {
          body: { required: true, dueDate: '2030-01-31' },
        }),
        200,
      );
  }
  if (wanted.has('member')) fresh.member = (await join(w.a.id, 'participant', 'Anggota Sementara')).member.id;
  if (wanted.has('invite')) {
    const invite = await expectJson(
      call('POST', `/api/cohorts/${w.a.id}/invites`, { body: { role: 'participant' } }),
      201,
    );
    fresh.invite = { id: invite.id, code: invite.code };
  }
  if (wanted.has('feed')) {
    const reader = await join(w.a.id, 'participant', 'Pembaca Umpan');
    const feedPage = await (await submit(`/c/${w.a.slug}/umpan`, {}, reader.token)).text();
    fresh.feed = /id="feed-url" class="token" value="[^"]*\/umpan\/([^"]+)"/.exec(feedPage)![1]!;
  }
  if (wanted.has('elsewhere')) {
    const other = await createCohort('Angkatan Lain');
    const invite = await expectJson(
      call('POST', `/api/cohorts/${other.id}/invites`, { body: { role: 'participant' } }),
      201,
    );
    fresh.elsewhere = invite.code;
  }
  return fresh;
}

/** The browser session a caller's page request carries. */
async function sessionOf(actor: Actor): Promise<string | null> {
  if (actor === 'anonymous') return null;
  if (actor === 'badToken') return 'lokus_session=a-session-nobody-opened';
  if (actor === 'revokedToken') return w.revokedSession;
  return signInCookie(w.tokens[actor]!);
}

async function statusOf(row: Row, actor: Actor, face: 'api' | 'page'): Promise<number> {
  const fresh = await freshFor(row);
  const [method] = row.route.split(' ') as [string];
  const path = row.path(w, fresh);
  const body = row.body?.(w, fresh, actor);
  let res: Response;
  if (face === 'api') {
    res = await call(method, path, { token: w.tokens[actor], ...(body === undefined ? {} : { body }) });
    if (res.status >= 400) {
      const error = (await res.clone().json()) as { error?: { code?: string; message?: string } };
      expect(error.error?.code, `${row.route} as ${actor}`).toEqual(expect.any(String));
    }
  } else {
    const cookie = row.route === 'POST /masuk' ? null : await sessionOf(actor);
    const headers: Record<string, string> = cookie ? { cookie } : {};
    res =
      method === 'GET'
        ? await call('GET', path, { token: null, headers })
        : await submit(path, (body ?? {}) as Record<string, string>, null, headers);
  }
  await res.arrayBuffer();
  return res.status;
}

describe.each([
  ['the API', 'api', API],
  ['the pages', 'page', PAGES],
] as const)('%s', (_, face, rows) => {
  it.each(rows.map((row) => [row.route, row] as const))('%s', async (_route, row) => {
    const got: Record<string, number> = {};
    for (const actor of ACTORS) got[actor] = await statusOf(row, actor, face);
    const want = Object.fromEntries(ACTORS.map((actor, i) => [actor, Number(row.expect.split(' ')[i])]));
    expect(got).toEqual(want);
  });
});

describe('the table', () => {
  it('has a row for every route the worker answers, and no row for a route it does not', () => {
    const registered = new Set<string>();
    for (const route of app.routes)
      if (route.method !== 'ALL') registered.add(`${route.method} ${route.path}`);
    const rows = [...API, ...PAGES].map((row) => row.route);
    expect(new Set(rows).size).toBe(rows.length);
    expect([...registered].sort()).toEqual([...rows].sort());
  });
});
