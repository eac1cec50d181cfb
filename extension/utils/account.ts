/**
 * The one account the extension holds: signing in with an invite link or a token, joining further cohorts
 * with the same token, and the cohorts it belongs to as `/api/me` says (the server leaves archived ones
 * out). Host permissions are the options page's business (they need the click); this module only talks
 * to the server and the stored session.
 */
import { createApi, type ApiResult, type Me } from './api.ts';
import { loadCatalogs, translate, type Language } from './i18n.ts';
import { currentApi } from './session.ts';
import type { SignInInput } from './signin.ts';
import {
  accountItem,
  lastCohortItem,
  membershipsItem,
  serverUrlItem,
  tokenItem,
  type Account,
  type CohortChoice,
  type Membership,
} from './storage.ts';

/** Whether the account may clip into the cohort (participants only read). */
export function canClip(membership: Pick<Membership, 'role'>): boolean {
  return membership.role === 'organiser' || membership.role === 'widyaiswara';
}

/** The cohorts the popup offers to clip into. */
export function clipCohorts(memberships: readonly Membership[]): CohortChoice[] {
  return memberships.filter(canClip).map((m) => ({ id: m.cohortId, name: m.cohortName }));
}

/** The memberships of a `/api/me` answer, archived ones left out even if a server sent them. */
function membershipsOf(me: Me): Membership[] {
  return me.memberships
    .filter((m) => !m.archived)
    .map((m) => ({ cohortId: m.cohortId, cohortName: m.cohortName, slug: m.slug, role: m.role }));
}

/**
 * The cohort to preselect after the account's cohorts changed: the last one while it is still among them
 * (under its current name), else the first the account can clip into, else the first it can read.
 */
export function keptCohort(
  last: CohortChoice | null,
  memberships: readonly Membership[],
): CohortChoice | null {
  const still = last && memberships.find((m) => m.cohortId === last.id);
  const chosen = still || memberships.find(canClip) || memberships[0];
  return chosen ? { id: chosen.cohortId, name: chosen.cohortName } : null;
}

async function storeSession(serverUrl: string, token: string, me: Me, preferred?: CohortChoice | null) {
  const account: Account = { id: me.id, name: me.name, role: me.role };
  const memberships = membershipsOf(me);
  await serverUrlItem.setValue(serverUrl);
  await tokenItem.setValue(token);
  await accountItem.setValue(account);
  await membershipsItem.setValue(memberships);
  await lastCohortItem.setValue(keptCohort(preferred ?? (await lastCohortItem.getValue()), memberships));
  return { account, memberships };
}

export type AccountFailure = { ok: false; status: number; code: string; message: string };

export type SignInResult =
  | {
      ok: true;
      account: Account;
      memberships: Membership[];
      /** The invite's cohort; `joined: false` when the account already had that role in it. */
      invite: { cohortName: string; role: Membership['role']; joined: boolean } | null;
      /** Whether this replaced the account the extension held (or there was none). */
      newAccount: boolean;
    }
  | AccountFailure;

function failure(res: Extract<ApiResult<unknown>, { ok: false }>, language: Language): AccountFailure {
  return {
    ok: false,
    status: res.status,
    code: res.error.code,
    message: res.status === 0 ? translate(language, 'common.networkError') : res.error.message,
  };
}

/**
 * Whether pasting `input` joins the cohort with the account already held (no name needed): an invite for
 * the server the extension is signed in to.
 */
export async function joinsHeldAccount(input: SignInInput | null): Promise<boolean> {
  if (input?.kind !== 'invite') return false;
  const [token, serverUrl] = await Promise.all([tokenItem.getValue(), serverUrlItem.getValue()]);
  return !!token && serverUrl === input.serverUrl;
}

/**
 * Signs in or joins. An invite link for the server already signed in to adds its cohort to the held
 * account (the bearer token goes with the acceptance; no new person, no new token); any other invite
 * makes a new member named `name`; a token replaces the held account. A held token the server no longer
 * accepts signs the extension out, so that the next attempt starts a new account.
 * @example await signIn({ kind: 'invite', serverUrl: 'http://127.0.0.1:8787', code: 'abc…' }, '', 'id')
 */
export async function signIn(input: SignInInput, name: string, language: Language): Promise<SignInResult> {
  const [joining] = await Promise.all([joinsHeldAccount(input), loadCatalogs()]);
  const held = joining ? await tokenItem.getValue() : null;
  const base = { serverUrl: input.serverUrl, language };
  let token: string;
  let invite: Extract<SignInResult, { ok: true }>['invite'] = null;
  let preferred: CohortChoice | null = null;
  if (input.kind === 'invite') {
    const res = await createApi({ ...base, token: held }).acceptInvite(input.code, held ? undefined : name);
    if (!res.ok) {
      if (held && res.status === 401) {
        await signOut();
        return {
          ok: false,
          status: 401,
          code: 'session_expired',
          message: translate(language, 'options.sessionExpired'),
        };
      }
      return failure(res, language);
    }
    const accepted = res.data;
    const next = accepted.token ?? held;
    if (!next) {
      return { ok: false, status: 0, code: 'no_token', message: translate(language, 'common.networkError') };
    }
    token = next;
    invite = {
      cohortName: accepted.cohort.name,
      role: accepted.role,
      joined: accepted.joined,
    };
    if (canClip({ role: accepted.role })) preferred = { id: accepted.cohort.id, name: accepted.cohort.name };
  } else {
    token = input.token;
  }
  const me = await createApi({ ...base, token }).me();
  if (!me.ok) return failure(me, language);
  const previous = await accountItem.getValue();
  const stored = await storeSession(input.serverUrl, token, me.data, preferred);
  return { ok: true, ...stored, invite, newAccount: !held && previous?.id !== me.data.id };
}

/** Reads the account's cohorts again (archived ones drop out); nothing changes when it fails. */
export async function refreshAccount(): Promise<
  { ok: true; account: Account; memberships: Membership[] } | AccountFailure
> {
  const [token, serverUrl] = await Promise.all([tokenItem.getValue(), serverUrlItem.getValue()]);
  const api = await currentApi();
  if (!token) return { ok: false, status: 0, code: 'not_signed_in', message: '' };
  const me = await api.me();
  if (!me.ok) return { ok: false, status: me.status, code: me.error.code, message: me.error.message };
  // Signed out or into another server while we asked: the answer belongs to no one now.
  if ((await tokenItem.getValue()) !== token || (await serverUrlItem.getValue()) !== serverUrl) {
    return { ok: false, status: 0, code: 'session_changed', message: '' };
  }
  return { ok: true, ...(await storeSession(serverUrl, token, me.data)) };
}

/** Forgets the account and its cohorts; the outbox stays (its clips wait for the next sign-in). */
export async function signOut(): Promise<void> {
  await tokenItem.setValue(null);
  await accountItem.setValue(null);
  await membershipsItem.setValue([]);
  await lastCohortItem.setValue(null);
}
