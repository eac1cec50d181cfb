/**
 * The sessions table: browser sign-ins, kept by the hash of their random id (../session.ts makes them). A row
 * signs its member in while it has not expired and the credential it was opened with still holds.
 */
import type { CohortRole, CohortRow } from './cohorts.ts';
import type { MemberRow } from './members.ts';

export interface SessionRow {
  id_hash: string;
  member_id: number;
  credential_hash: string;
  admin: 0 | 1;
  created_at: string;
  expires_at: string;
}

/** The member a live session signs in, with the session's own expiry and whether the ADMIN_TOKEN opened it. */
export interface SessionMemberRow extends MemberRow {
  session_admin: 0 | 1;
  expires_at: string;
}

/**
 * The member behind a session id hash, when the session has not expired and its credential holds: the
 * personal token it was opened with is unrevoked, or (admin sessions) `adminHash` is still the ADMIN_TOKEN's.
 */
const SESSION_MEMBER_SQL = `SELECT m.*, s.admin AS session_admin, s.expires_at
  FROM sessions s JOIN members m ON m.id = s.member_id
  WHERE s.id_hash = ?1 AND s.expires_at > ?2
    AND CASE WHEN s.admin = 1 THEN s.credential_hash = ?3
             ELSE EXISTS (SELECT 1 FROM api_tokens t
                          WHERE t.token_hash = s.credential_hash AND t.member_id = s.member_id
                            AND t.revoked_at IS NULL) END`;

export function memberBySession(
  db: D1Database,
  idHash: string,
  now: string,
  adminHash: string | null,
): Promise<SessionMemberRow | null> {
  return db.prepare(SESSION_MEMBER_SQL).bind(idHash, now, adminHash).first<SessionMemberRow>();
}

/** The session's member (as `viewer_*`) and the cohort behind a slug (its columns null when there is none). */
export type SessionCohortRow = { [K in keyof SessionMemberRow as `viewer_${K}`]: SessionMemberRow[K] } & {
  [K in keyof CohortRow]: CohortRow[K] | null;
} & { viewer_role: CohortRole | null };

/**
 * memberBySession and the cohort behind `slug` with the member's role in it, in one query: a page learns who
 * looks and what they may see in one round trip. No row when the session signs nobody in.
 */
export function sessionCohortBySlug(
  db: D1Database,
  idHash: string,
  now: string,
  adminHash: string | null,
  slug: string,
): Promise<SessionCohortRow | null> {
  return db
    .prepare(
      `WITH viewer AS (${SESSION_MEMBER_SQL})
       SELECT c.*, v.id AS viewer_id, v.name AS viewer_name, v.admin AS viewer_admin,
         v.created_at AS viewer_created_at, v.session_admin AS viewer_session_admin,
         v.expires_at AS viewer_expires_at,
         IIF(c.id IS NULL, NULL, IIF(v.admin = 1 OR v.session_admin = 1, 'organiser',
           (SELECT role FROM memberships WHERE member_id = v.id AND cohort_id = c.id))) AS viewer_role
       FROM viewer v LEFT JOIN cohorts c ON c.slug = ?4`,
    )
    .bind(idHash, now, adminHash, slug)
    .first<SessionCohortRow>();
}

export function insertSessionStatement(db: D1Database, row: SessionRow): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO sessions (id_hash, member_id, credential_hash, admin, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .bind(row.id_hash, row.member_id, row.credential_hash, row.admin, row.created_at, row.expires_at);
}

export function deleteSessionStatement(db: D1Database, idHash: string): D1PreparedStatement {
  return db.prepare('DELETE FROM sessions WHERE id_hash = ?').bind(idHash);
}

/** Ends every session of a member; resolves to how many there were. */
export async function deleteMemberSessions(db: D1Database, memberId: number): Promise<number> {
  const result = await db.prepare('DELETE FROM sessions WHERE member_id = ?').bind(memberId).run();
  return result.meta.changes;
}

/** How many sessions of a member are open. */
export async function countMemberSessions(db: D1Database, memberId: number, now: string): Promise<number> {
  const row = await db
    .prepare('SELECT COUNT(*) AS n FROM sessions WHERE member_id = ? AND expires_at > ?')
    .bind(memberId, now)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Moves a session's expiry later (a session in use stays open). */
export function extendSession(db: D1Database, idHash: string, expiresAt: string): Promise<D1Result> {
  return db.prepare('UPDATE sessions SET expires_at = ? WHERE id_hash = ?').bind(expiresAt, idHash).run();
}

/** Forgets sessions that ended long ago, so the table does not grow with every sign-in. */
export function deleteExpiredSessionsStatement(db: D1Database, now: string): D1PreparedStatement {
  return db.prepare('DELETE FROM sessions WHERE expires_at <= ?').bind(now);
}
