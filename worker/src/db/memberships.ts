/** The memberships table: a member's role (widyaiswara or participant) in one cohort. */

export type MembershipRole = 'widyaiswara' | 'participant';

export interface MembershipRow {
  member_id: number;
  cohort_id: number;
  role: MembershipRole;
  created_at: string;
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
  createdAt: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO memberships (member_id, cohort_id, role, created_at)
       SELECT member_id, ?, ?, ? FROM api_tokens WHERE token_hash = ?`,
    )
    .bind(cohortId, role, createdAt, tokenHash);
}
