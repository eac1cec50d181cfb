/** The memberships table: a member's role (widyaiswara or participant) in one cohort, and the link it came by. */
import type { MembershipRole } from '../../../shared/schema/cohort.ts';

export type { MembershipRole };

export interface MembershipRow {
  member_id: number;
  cohort_id: number;
  role: MembershipRole;
  created_at: string;
  invite_id: number | null;
}

export function membershipOf(
  db: D1Database,
  memberId: number,
  cohortId: number,
): Promise<MembershipRow | null> {
  return db
    .prepare('SELECT * FROM memberships WHERE member_id = ? AND cohort_id = ?')
    .bind(memberId, cohortId)
    .first<MembershipRow>();
}

/** Joins the member who owns `tokenHash` (inserted earlier in the same batch) to a cohort. */
export function insertMembershipByTokenStatement(
  db: D1Database,
  tokenHash: string,
  cohortId: number,
  role: MembershipRole,
  inviteId: number | null,
  createdAt: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO memberships (member_id, cohort_id, role, created_at, invite_id)
       SELECT member_id, ?, ?, ?, ? FROM api_tokens WHERE token_hash = ?`,
    )
    .bind(cohortId, role, createdAt, inviteId, tokenHash);
}

/**
 * Joins an existing member to a cohort, or raises a participant to widyaiswara there; never lowers a role
 * (a widyaiswara opening a participant link stays widyaiswara).
 */
export function joinStatement(
  db: D1Database,
  memberId: number,
  cohortId: number,
  role: MembershipRole,
  inviteId: number | null,
  at: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO memberships (member_id, cohort_id, role, created_at, invite_id) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (member_id, cohort_id) DO UPDATE SET role = excluded.role, invite_id = excluded.invite_id
       WHERE memberships.role = 'participant' AND excluded.role = 'widyaiswara'`,
    )
    .bind(memberId, cohortId, role, at, inviteId);
}

export interface CohortMemberRow {
  member_id: number;
  name: string;
  role: MembershipRole;
  created_at: string;
  invite_id: number | null;
  /** Browser sessions of the member still open (on any device). */
  sessions: number;
}

/** A cohort's members, widyaiswara first, then by name. */
export async function listCohortMembers(db: D1Database, cohortId: number): Promise<CohortMemberRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ms.member_id, m.name, ms.role, ms.created_at, ms.invite_id,
              (SELECT COUNT(*) FROM sessions s WHERE s.member_id = ms.member_id AND s.expires_at > ?2) AS sessions
       FROM memberships ms JOIN members m ON m.id = ms.member_id
       WHERE ms.cohort_id = ?1
       ORDER BY ms.role = 'participant', m.name COLLATE NOCASE, ms.member_id`,
    )
    .bind(cohortId, new Date().toISOString())
    .all<CohortMemberRow>();
  return results;
}

/** Ends a member's place in a cohort; true when they had one. Access is checked per request, so it ends now. */
export async function removeMembership(db: D1Database, cohortId: number, memberId: number): Promise<boolean> {
  const result = await db
    .prepare('DELETE FROM memberships WHERE cohort_id = ? AND member_id = ?')
    .bind(cohortId, memberId)
    .run();
  return result.meta.changes > 0;
}
