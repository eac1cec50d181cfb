/** Invites from both doors (the JSON API and the /i/:code page): create, check, accept into a member + token. */
import { newToken, randomCode, sha256Hex } from './crypto.ts';
import { insertTokenForNewMemberStatement } from './db/api-tokens.ts';
import { cohortById, type CohortRow } from './db/cohorts.ts';
import {
  countAcceptStatement,
  insertInvite,
  inviteByHash,
  inviteState,
  type InviteRow,
} from './db/invites.ts';
import { insertMemberStatement, memberByTokenHash, type Member } from './db/members.ts';
import { insertMembershipByTokenStatement, type MembershipRole } from './db/memberships.ts';
import { ApiError, notFound } from './errors.ts';

const DEFAULT_TTL_HOURS = 168;

export interface CreatedInvite {
  code: string;
  role: MembershipRole;
  expiresAt: string;
}

/** A fresh invite: 144 random bits as base64url; only its hash is stored. */
export async function createInvite(
  db: D1Database,
  cohortId: number,
  role: MembershipRole,
  createdBy: number,
  ttlHours: string | undefined,
  now = new Date(),
): Promise<CreatedInvite> {
  const hours = Number(ttlHours);
  const ttl = Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_TTL_HOURS;
  const code = randomCode(18);
  const expiresAt = new Date(now.getTime() + ttl * 3_600_000).toISOString();
  await insertInvite(db, {
    code_hash: await sha256Hex(code),
    cohort_id: cohortId,
    role,
    created_by: createdBy,
    created_at: now.toISOString(),
    expires_at: expiresAt,
  });
  return { code, role, expiresAt };
}

/** The invite behind a code and its cohort; 404 for unknown codes, 410 for revoked or expired ones. */
export async function openInvite(
  db: D1Database,
  code: string,
  now = new Date(),
): Promise<{ invite: InviteRow; cohort: CohortRow }> {
  const invite = code.length <= 100 ? await inviteByHash(db, await sha256Hex(code)) : null;
  const cohort = invite && (await cohortById(db, invite.cohort_id));
  if (!invite || !cohort) throw notFound('invite_not_found');
  const state = inviteState(invite, now);
  if (state === 'revoked') throw new ApiError(410, 'invite_revoked', 'invite_revoked');
  if (state === 'expired') throw new ApiError(410, 'invite_expired', 'invite_expired');
  return { invite, cohort };
}

/** Makes a member with a personal token and joins them to the invite's cohort, in one batch. */
export async function acceptInvite(
  db: D1Database,
  invite: InviteRow,
  name: string,
): Promise<{ token: string; member: Member }> {
  const token = newToken();
  const tokenHash = await sha256Hex(token);
  const at = new Date().toISOString();
  await db.batch([
    insertMemberStatement(db, name, at),
    insertTokenForNewMemberStatement(db, tokenHash, at),
    insertMembershipByTokenStatement(db, tokenHash, invite.cohort_id, invite.role, at),
    countAcceptStatement(db, invite.code_hash),
  ]);
  const member = await memberByTokenHash(db, tokenHash);
  if (!member) throw new Error('member missing after accepting an invite');
  return { token, member: { id: member.id, name: member.name } };
}
