/** The api_tokens table: personal bearer tokens, kept only as hex SHA-256 hashes. */

/** A token for the member inserted just before it in the same batch. */
export function insertTokenForNewMemberStatement(
  db: D1Database,
  tokenHash: string,
  createdAt: string,
): D1PreparedStatement {
  return db
    .prepare('INSERT INTO api_tokens (token_hash, member_id, created_at) VALUES (?, last_insert_rowid(), ?)')
    .bind(tokenHash, createdAt);
}

/** Ends every personal token a member holds (a new one is issued in the same batch). */
export function revokeMemberTokensStatement(
  db: D1Database,
  memberId: number,
  at: string,
): D1PreparedStatement {
  return db
    .prepare('UPDATE api_tokens SET revoked_at = ? WHERE member_id = ? AND revoked_at IS NULL')
    .bind(at, memberId);
}

export function insertTokenStatement(
  db: D1Database,
  memberId: number,
  tokenHash: string,
  createdAt: string,
): D1PreparedStatement {
  return db
    .prepare('INSERT INTO api_tokens (token_hash, member_id, created_at) VALUES (?, ?, ?)')
    .bind(tokenHash, memberId, createdAt);
}
