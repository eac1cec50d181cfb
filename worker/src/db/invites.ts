/**
 * The invites table: links that join people to a cohort in one role, until they expire, are revoked or reach
 * their use limit. The code is kept (the console shows a link and its QR again) and looked up by its SHA-256.
 */
import type { MembershipRole } from './memberships.ts';

export interface InviteRow {
  id: number;
  code_hash: string;
  /** Null for links made before codes were kept. */
  code: string | null;
  cohort_id: number;
  role: MembershipRole;
  created_by: number;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  max_uses: number | null;
  accepted_count: number;
}

export type InviteState = 'open' | 'revoked' | 'expired' | 'used_up';

export function inviteState(row: InviteRow, now: Date): InviteState {
  if (row.revoked_at) return 'revoked';
  if (row.expires_at <= now.toISOString()) return 'expired';
  if (row.max_uses !== null && row.accepted_count >= row.max_uses) return 'used_up';
  return 'open';
}

export type NewInvite = Pick<
  InviteRow,
  'code_hash' | 'code' | 'cohort_id' | 'role' | 'created_by' | 'created_at' | 'expires_at' | 'max_uses'
>;

export async function insertInvite(db: D1Database, invite: NewInvite): Promise<InviteRow> {
  const row = await db
    .prepare(
      `INSERT INTO invites (code_hash, code, cohort_id, role, created_by, created_at, expires_at, max_uses)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    )
    .bind(
      invite.code_hash,
      invite.code,
      invite.cohort_id,
      invite.role,
      invite.created_by,
      invite.created_at,
      invite.expires_at,
      invite.max_uses,
    )
    .first<InviteRow>();
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row;
}

export function inviteByHash(db: D1Database, codeHash: string): Promise<InviteRow | null> {
  return db.prepare('SELECT * FROM invites WHERE code_hash = ?').bind(codeHash).first<InviteRow>();
}

/** A cohort's links, newest first, each with the number of members who still hold a membership through it. */
export async function listInvites(
  db: D1Database,
  cohortId: number,
): Promise<(InviteRow & { members: number })[]> {
  const { results } = await db
    .prepare(
      `SELECT i.*, (SELECT count(*) FROM memberships m WHERE m.invite_id = i.id) AS members
       FROM invites i WHERE i.cohort_id = ? ORDER BY i.created_at DESC, i.id DESC`,
    )
    .bind(cohortId)
    .all<InviteRow & { members: number }>();
  return results;
}

/** Revokes a link by its code's hash; true when it existed. Revoking twice keeps the first time. */
export async function revokeInvite(db: D1Database, codeHash: string, at: string): Promise<boolean> {
  const result = await db
    .prepare('UPDATE invites SET revoked_at = COALESCE(revoked_at, ?) WHERE code_hash = ?')
    .bind(at, codeHash)
    .run();
  return result.meta.changes > 0;
}

/** Revokes a link of one cohort by its id; true when that cohort has it. */
export async function revokeInviteById(
  db: D1Database,
  cohortId: number,
  id: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .prepare('UPDATE invites SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND cohort_id = ?')
    .bind(at, id, cohortId)
    .run();
  return result.meta.changes > 0;
}

/**
 * Counts one use. Past the link's limit the table's CHECK fails this statement, and with it the batch that
 * joins the person: two people racing for the last use cannot both get in.
 */
export function countAcceptStatement(db: D1Database, inviteId: number): D1PreparedStatement {
  return db.prepare('UPDATE invites SET accepted_count = accepted_count + 1 WHERE id = ?').bind(inviteId);
}

/** Whether an error is the use limit's CHECK failing. */
export const isUseLimitError = (err: unknown) =>
  err instanceof Error &&
  /CHECK constraint failed/i.test(err.message) &&
  /accepted_count|max_uses/.test(err.message);
