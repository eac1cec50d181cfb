/** The invites table: links that join people to a cohort. Only the code's SHA-256 is stored. */
import type { MembershipRole } from './memberships.ts';

export interface InviteRow {
  code_hash: string;
  cohort_id: number;
  role: MembershipRole;
  created_by: number;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  accepted_count: number;
}

export type InviteState = 'open' | 'revoked' | 'expired';

export function inviteState(row: InviteRow, now: Date): InviteState {
  if (row.revoked_at) return 'revoked';
  if (row.expires_at <= now.toISOString()) return 'expired';
  return 'open';
}

export async function insertInvite(
  db: D1Database,
  invite: Omit<InviteRow, 'revoked_at' | 'accepted_count'>,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO invites (code_hash, cohort_id, role, created_by, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      invite.code_hash,
      invite.cohort_id,
      invite.role,
      invite.created_by,
      invite.created_at,
      invite.expires_at,
    )
    .run();
}

export function inviteByHash(db: D1Database, codeHash: string): Promise<InviteRow | null> {
  return db.prepare('SELECT * FROM invites WHERE code_hash = ?').bind(codeHash).first<InviteRow>();
}

/** Revokes an invite; true when it existed. Revoking twice keeps the first time. */
export async function revokeInvite(db: D1Database, codeHash: string, at: string): Promise<boolean> {
  const result = await db
    .prepare('UPDATE invites SET revoked_at = COALESCE(revoked_at, ?) WHERE code_hash = ?')
    .bind(at, codeHash)
    .run();
  return result.meta.changes > 0;
}

export function countAcceptStatement(db: D1Database, codeHash: string): D1PreparedStatement {
  return db
    .prepare('UPDATE invites SET accepted_count = accepted_count + 1 WHERE code_hash = ?')
    .bind(codeHash);
}
