/**
 * Invites from both doors (the JSON API and the /i/:code page): create, check, and accept — as a new member
 * with a personal token, or, for someone already signed in, as one more membership of the same member.
 */
import { newToken, randomCode, sha256Hex } from './crypto.ts';
import { insertTokenForNewMemberStatement } from './db/api-tokens.ts';
import { cohortById, type CohortRole, type CohortRow } from './db/cohorts.ts';
import {
  countAcceptStatement,
  insertInvite,
  inviteByHash,
  inviteState,
  isUseLimitError,
  type InviteRow,
} from './db/invites.ts';
import { insertMemberStatement, memberByTokenHash, type Member } from './db/members.ts';
import {
  insertMembershipByTokenStatement,
  joinStatement,
  membershipOf,
  type MembershipRole,
} from './db/memberships.ts';
import type { Caller } from './env.ts';
import { refusal, type Refusal } from './errors.ts';
import type { SessionGrant } from './session.ts';

const DEFAULT_TTL_HOURS = 168;

export interface InviteOptions {
  /** Days the link stays valid; the worker's INVITE_TTL_HOURS when left out. */
  expiresInDays?: number;
  /** How many people may join through it; unlimited when null or left out. */
  maxUses?: number | null;
}

/** A fresh invite: 144 random bits as base64url, kept with its hash. */
export async function createInvite(
  db: D1Database,
  cohortId: number,
  role: MembershipRole,
  createdBy: number,
  ttlHours: string | undefined,
  { expiresInDays, maxUses = null }: InviteOptions = {},
  now = new Date(),
): Promise<InviteRow> {
  const hours = Number(ttlHours);
  const ttl = expiresInDays
    ? expiresInDays * 24
    : Number.isFinite(hours) && hours > 0
      ? hours
      : DEFAULT_TTL_HOURS;
  const code = randomCode(18);
  return insertInvite(db, {
    code_hash: await sha256Hex(code),
    code,
    cohort_id: cohortId,
    role,
    created_by: createdBy,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + ttl * 3_600_000).toISOString(),
    max_uses: maxUses,
  });
}

const usedUp = () => refusal(410, 'invite_used_up', 'invite_used_up');

/**
 * The invite behind a code and its cohort; 404 for unknown codes, 410 for revoked, expired or used-up ones —
 * except that someone who already holds the link's place in the cohort (`holder`) may open a used-up or
 * expired link again and be told so.
 */
export async function openInvite(
  db: D1Database,
  code: string,
  holder?: Caller,
  now = new Date(),
): Promise<{ invite: InviteRow; cohort: CohortRow } | Refusal> {
  const invite = code.length <= 100 ? await inviteByHash(db, await sha256Hex(code)) : null;
  const cohort = invite && (await cohortById(db, invite.cohort_id));
  if (!invite || !cohort) return refusal(404, 'not_found', 'invite_not_found');
  const state = inviteState(invite, now);
  if (state === 'revoked') return refusal(410, 'invite_revoked', 'invite_revoked');
  if (state !== 'open' && holder && (await holdsPlace(db, holder, invite))) return { invite, cohort };
  if (state === 'expired') return refusal(410, 'invite_expired', 'invite_expired');
  if (state === 'used_up') return usedUp();
  return { invite, cohort };
}

/** Whether the caller has the invite's role in its cohort already (or a higher one). */
async function holdsPlace(db: D1Database, caller: Caller, invite: InviteRow): Promise<boolean> {
  if (caller.organiser) return true;
  const current = await membershipOf(db, caller.memberId, invite.cohort_id);
  return !!current && (current.role === invite.role || current.role === 'widyaiswara');
}

/** Runs an accept batch; the use limit's CHECK failing inside it means the last use went to someone else. */
async function acceptBatch(db: D1Database, statements: D1PreparedStatement[]): Promise<Refusal | null> {
  try {
    await db.batch(statements);
    return null;
  } catch (err) {
    if (isUseLimitError(err)) return usedUp();
    throw err;
  }
}

/** Makes a member with a personal token and joins them to the invite's cohort, in one batch. */
export async function acceptInvite(
  db: D1Database,
  invite: InviteRow,
  name: string,
): Promise<{ token: string; member: Member; grant: SessionGrant } | Refusal> {
  const token = newToken();
  const tokenHash = await sha256Hex(token);
  const at = new Date().toISOString();
  const refused = await acceptBatch(db, [
    countAcceptStatement(db, invite.id),
    insertMemberStatement(db, name, at),
    insertTokenForNewMemberStatement(db, tokenHash, at),
    insertMembershipByTokenStatement(db, tokenHash, invite.cohort_id, invite.role, invite.id, at),
  ]);
  if (refused) return refused;
  const member = await memberByTokenHash(db, tokenHash);
  if (!member) throw new Error('member missing after accepting an invite');
  const grant = { memberId: member.id, credentialHash: tokenHash, admin: false };
  return { token, member: { id: member.id, name: member.name }, grant };
}

/** What opening a link did for someone already signed in, and their role in the cohort after it. */
export interface JoinOutcome {
  outcome: 'joined' | 'upgraded' | 'already_member' | 'organiser';
  role: CohortRole;
}

/**
 * Adds the invite's cohort to the signed-in caller: one person, one member, however many cohorts. Opening a
 * link one already holds (or a participant link as the cohort's widyaiswara) changes nothing and uses nothing.
 */
export async function joinAsCaller(
  db: D1Database,
  invite: InviteRow,
  caller: Caller,
): Promise<JoinOutcome | Refusal> {
  if (caller.organiser) return { outcome: 'organiser', role: 'organiser' };
  const current = await membershipOf(db, caller.memberId, invite.cohort_id);
  if (current && (current.role === invite.role || current.role === 'widyaiswara'))
    return { outcome: 'already_member', role: current.role };
  const refused = await acceptBatch(db, [
    countAcceptStatement(db, invite.id),
    joinStatement(db, caller.memberId, invite.cohort_id, invite.role, invite.id, new Date().toISOString()),
  ]);
  return refused ?? { outcome: current ? 'upgraded' : 'joined', role: invite.role };
}
