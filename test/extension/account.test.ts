/**
 * The one account: a first invite link makes the member and their token, a second one joins its cohort
 * with that same token, and the cohorts kept for the popup follow `/api/me` (archived ones drop out).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  canClip,
  clipCohorts,
  joinsHeldAccount,
  keptCohort,
  refreshAccount,
  signIn,
  signOut,
} from '../../extension/utils/account.ts';
import {
  accountItem,
  lastCohortItem,
  membershipsItem,
  serverUrlItem,
  tokenItem,
  type Membership,
} from '../../extension/utils/storage.ts';
import { fakeServer, type RecordedRequest } from './fake-server.ts';

const SERVER = 'http://127.0.0.1:8787';
const TOKEN = 'tok-sri-widyaiswara-0001';

interface FakeCohort {
  id: number;
  name: string;
  slug: string;
  archived?: boolean;
}
const PKA: FakeCohort = { id: 7, name: 'PKA Angkatan II', slug: 'pka-ii-a1' };
const PKP: FakeCohort = { id: 9, name: 'PKP Angkatan V', slug: 'pkp-v-b2' };
const LATSAR: FakeCohort = { id: 11, name: 'Latsar CPNS 2026', slug: 'latsar-c3' };

/**
 * A worker with invite codes → (cohort, role), following the contract: accepting with a valid bearer
 * joins that member (token null), without one makes a member and a token.
 */
function worker(invites: Record<string, { cohort: FakeCohort; role: 'widyaiswara' | 'participant' }>) {
  const tokens = new Map<string, { id: number; name: string }>();
  const memberships = new Map<number, (FakeCohort & { role: string })[]>();
  let nextMember = 1;
  const server = fakeServer((req: RecordedRequest) => {
    const path = new URL(req.url).pathname;
    const bearer = req.headers.authorization?.replace(/^Bearer /, '');
    const caller = bearer ? tokens.get(bearer) : undefined;
    if (bearer && !caller)
      return { status: 401, body: { error: { code: 'unauthorized', message: 'Token tidak berlaku.' } } };
    const accept = path.match(/^\/api\/invites\/([\w-]+)\/accept$/);
    if (accept && req.method === 'POST') {
      const invite = invites[accept[1]!];
      if (!invite)
        return { status: 410, body: { error: { code: 'invite_revoked', message: 'Undangan dicabut.' } } };
      let member = caller;
      let token: string | null = null;
      if (!member) {
        const name = (req.body as { name?: string }).name;
        if (!name) return { status: 422, body: { error: { code: 'invalid', message: 'Nama wajib diisi.' } } };
        member = { id: nextMember++, name };
        token = member.id === 1 ? TOKEN : `tok-member-${member.id}-000000`;
        tokens.set(token, member);
      }
      const list = memberships.get(member.id) ?? [];
      const had = list.find((m) => m.id === invite.cohort.id && m.role === invite.role);
      if (!had) list.push({ ...invite.cohort, role: invite.role });
      memberships.set(member.id, list);
      return {
        status: had ? 200 : 201,
        body: { token, member, cohort: invite.cohort, role: invite.role, joined: !had },
      };
    }
    if (path === '/api/me' && caller) {
      const list = memberships.get(caller.id) ?? [];
      return {
        status: 200,
        body: {
          ...caller,
          role: 'member',
          memberships: list
            .filter((m) => !m.archived)
            .map((m) => ({
              cohortId: m.id,
              cohortName: m.name,
              slug: m.slug,
              role: m.role,
              archived: false,
            })),
        },
      };
    }
    return { status: 404, body: { error: { code: 'not_found', message: 'x' } } };
  });
  return { ...server, tokens, memberships };
}

const invite = (code: string, serverUrl = SERVER) => ({ kind: 'invite' as const, serverUrl, code });
const routes = (requests: RecordedRequest[]) =>
  requests.map((r) => `${r.method} ${new URL(r.url).pathname}${r.headers.authorization ? ' (bearer)' : ''}`);

beforeEach(async () => {
  fakeBrowser.reset();
  await serverUrlItem.setValue(SERVER);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('signIn', () => {
  it('makes a member from a first invite link and keeps their token, cohorts and cohort choice', async () => {
    const { requests } = worker({ 'invite-pka-0001': { cohort: PKA, role: 'widyaiswara' } });
    const result = await signIn(invite('invite-pka-0001'), 'Bu Sri', 'id');
    expect(result).toMatchObject({
      ok: true,
      account: { id: 1, name: 'Bu Sri' },
      invite: { cohortName: PKA.name, role: 'widyaiswara', joined: true },
      newAccount: true,
    });
    expect(routes(requests)).toEqual(['POST /api/invites/invite-pka-0001/accept', 'GET /api/me (bearer)']);
    expect(requests[0]!.body).toEqual({ name: 'Bu Sri' });
    expect(await tokenItem.getValue()).toBe(TOKEN);
    expect(await membershipsItem.getValue()).toEqual([
      { cohortId: 7, cohortName: PKA.name, slug: PKA.slug, role: 'widyaiswara' },
    ]);
    expect(await lastCohortItem.getValue()).toEqual({ id: 7, name: PKA.name });
  });

  it('joins a second cohort with the same token: one person, both cohorts', async () => {
    const server = worker({
      'invite-pka-0001': { cohort: PKA, role: 'widyaiswara' },
      'invite-pkp-0002': { cohort: PKP, role: 'widyaiswara' },
    });
    await signIn(invite('invite-pka-0001'), 'Bu Sri', 'id');
    expect(await joinsHeldAccount(invite('invite-pkp-0002'))).toBe(true);
    const result = await signIn(invite('invite-pkp-0002'), '', 'id');
    expect(result).toMatchObject({
      ok: true,
      account: { id: 1, name: 'Bu Sri' },
      invite: { cohortName: PKP.name, joined: true },
      newAccount: false,
    });
    const accept = server.requests[2]!;
    expect(accept.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(accept.body).toEqual({});
    expect(server.tokens.size).toBe(1);
    expect(await tokenItem.getValue()).toBe(TOKEN);
    expect((await membershipsItem.getValue()).map((m) => m.cohortName)).toEqual([PKA.name, PKP.name]);
    expect(clipCohorts(await membershipsItem.getValue())).toEqual([
      { id: 7, name: PKA.name },
      { id: 9, name: PKP.name },
    ]);
    // The cohort just joined is the one the popup offers first.
    expect(await lastCohortItem.getValue()).toEqual({ id: 9, name: PKP.name });
  });

  it('says so when the account already belonged to the invite’s cohort', async () => {
    worker({ 'invite-pka-0001': { cohort: PKA, role: 'widyaiswara' } });
    await signIn(invite('invite-pka-0001'), 'Bu Sri', 'id');
    const again = await signIn(invite('invite-pka-0001'), '', 'id');
    expect(again).toMatchObject({ ok: true, invite: { joined: false }, newAccount: false });
    expect(await membershipsItem.getValue()).toHaveLength(1);
  });

  it('keeps the cohort choice when joining as a participant, who cannot clip there', async () => {
    worker({
      'invite-pka-0001': { cohort: PKA, role: 'widyaiswara' },
      'invite-lat-0003': { cohort: LATSAR, role: 'participant' },
    });
    await signIn(invite('invite-pka-0001'), 'Bu Sri', 'id');
    await signIn(invite('invite-lat-0003'), '', 'id');
    const memberships = await membershipsItem.getValue();
    expect(memberships.map((m) => [m.cohortName, canClip(m)])).toEqual([
      [PKA.name, true],
      [LATSAR.name, false],
    ]);
    expect(clipCohorts(memberships)).toEqual([{ id: 7, name: PKA.name }]);
    expect(await lastCohortItem.getValue()).toEqual({ id: 7, name: PKA.name });
  });

  it('makes a new member for an invite of another server, with the name given', async () => {
    const { requests } = worker({ 'invite-pka-0001': { cohort: PKA, role: 'widyaiswara' } });
    await tokenItem.setValue('tok-of-another-server-01');
    await serverUrlItem.setValue('https://lokus.lain.example.id');
    expect(await joinsHeldAccount(invite('invite-pka-0001'))).toBe(false);
    const result = await signIn(invite('invite-pka-0001'), 'Bu Sri', 'id');
    expect(result).toMatchObject({ ok: true, newAccount: true });
    expect(requests[0]!.headers.authorization).toBeUndefined();
    expect(await serverUrlItem.getValue()).toBe(SERVER);
    expect(await tokenItem.getValue()).toBe(TOKEN);
  });

  it('signs out when the held token is no longer accepted, so the next attempt starts afresh', async () => {
    worker({ 'invite-pka-0001': { cohort: PKA, role: 'widyaiswara' } });
    await tokenItem.setValue('tok-revoked-000000000000');
    await accountItem.setValue({ id: 40, name: 'Lama', role: 'member' });
    const result = await signIn(invite('invite-pka-0001'), '', 'id');
    expect(result).toMatchObject({ ok: false, status: 401, code: 'session_expired' });
    expect(result.ok || result.message).toContain('tidak berlaku');
    expect(await tokenItem.getValue()).toBeNull();
    expect(await accountItem.getValue()).toBeNull();
    expect(await signIn(invite('invite-pka-0001'), 'Bu Sri', 'id')).toMatchObject({ ok: true });
  });

  it('passes on what the server says about a bad link, in the chosen language for an unreachable one', async () => {
    worker({});
    expect(await signIn(invite('invite-gone-0009'), 'Bu Sri', 'id')).toMatchObject({
      ok: false,
      status: 410,
      message: 'Undangan dicabut.',
    });
    vi.restoreAllMocks();
    fakeServer(() => 'network-error');
    expect(await signIn(invite('invite-pka-0001'), 'Bu Sri', 'en')).toMatchObject({
      ok: false,
      status: 0,
      message: 'The Lokus server cannot be reached.',
    });
    expect(await tokenItem.getValue()).toBeNull();
  });

  it('replaces the held account with a pasted token', async () => {
    const server = worker({ 'invite-pka-0001': { cohort: PKA, role: 'widyaiswara' } });
    server.tokens.set('tok-pak-budi-0000000002', { id: 2, name: 'Pak Budi' });
    server.memberships.set(2, [{ ...PKP, role: 'widyaiswara' }]);
    await signIn(invite('invite-pka-0001'), 'Bu Sri', 'id');
    const result = await signIn(
      { kind: 'token', serverUrl: SERVER, token: 'tok-pak-budi-0000000002' },
      '',
      'id',
    );
    expect(result).toMatchObject({ ok: true, account: { name: 'Pak Budi' }, newAccount: true });
    expect(await membershipsItem.getValue()).toEqual([
      { cohortId: 9, cohortName: PKP.name, slug: PKP.slug, role: 'widyaiswara' },
    ]);
    expect(await lastCohortItem.getValue()).toEqual({ id: 9, name: PKP.name });
  });
});

describe('refreshAccount', () => {
  it('drops an archived cohort from the list, and moves the cohort choice off it', async () => {
    const server = worker({
      'invite-pka-0001': { cohort: PKA, role: 'widyaiswara' },
      'invite-pkp-0002': { cohort: PKP, role: 'widyaiswara' },
    });
    await signIn(invite('invite-pka-0001'), 'Bu Sri', 'id');
    await signIn(invite('invite-pkp-0002'), '', 'id');
    expect(await lastCohortItem.getValue()).toEqual({ id: 9, name: PKP.name });
    server.memberships.get(1)!.find((m) => m.id === PKP.id)!.archived = true;
    expect(await refreshAccount()).toMatchObject({ ok: true });
    expect((await membershipsItem.getValue()).map((m) => m.cohortId)).toEqual([7]);
    expect(await lastCohortItem.getValue()).toEqual({ id: 7, name: PKA.name });
  });

  it('leaves what it knew when the server cannot be reached, and asks nothing when signed out', async () => {
    const kept: Membership[] = [{ cohortId: 7, cohortName: PKA.name, slug: PKA.slug, role: 'widyaiswara' }];
    await membershipsItem.setValue(kept);
    await tokenItem.setValue(TOKEN);
    fakeServer(() => 'network-error');
    expect(await refreshAccount()).toMatchObject({ ok: false, status: 0 });
    expect(await membershipsItem.getValue()).toEqual(kept);
    vi.restoreAllMocks();
    const { requests } = fakeServer(() => ({ status: 200, body: {} }));
    await signOut();
    expect(await refreshAccount()).toMatchObject({ ok: false, code: 'not_signed_in' });
    expect(requests).toHaveLength(0);
    expect(await membershipsItem.getValue()).toEqual([]);
    expect(await lastCohortItem.getValue()).toBeNull();
  });
});

describe('keptCohort', () => {
  const list: Membership[] = [
    { cohortId: 11, cohortName: LATSAR.name, slug: LATSAR.slug, role: 'participant' },
    { cohortId: 7, cohortName: 'PKA Angkatan II (ganti nama)', slug: PKA.slug, role: 'widyaiswara' },
  ];
  it('keeps the last cohort under its current name, else the first the account can clip into', () => {
    expect(keptCohort({ id: 7, name: PKA.name }, list)).toEqual({
      id: 7,
      name: 'PKA Angkatan II (ganti nama)',
    });
    expect(keptCohort({ id: 99, name: 'Diarsipkan' }, list)).toEqual({
      id: 7,
      name: 'PKA Angkatan II (ganti nama)',
    });
    expect(keptCohort(null, [list[0]!])).toEqual({ id: 11, name: LATSAR.name });
    expect(keptCohort({ id: 7, name: PKA.name }, [])).toBeNull();
  });
});
