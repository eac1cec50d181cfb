/**
 * The feed_keys table: one private Atom feed address per member and cohort. Only the key's SHA-256 is kept; a
 * new key replaces the old one, which stops working at once.
 */

export interface FeedKeyRow {
  member_id: number;
  cohort_id: number;
  key_hash: string;
  created_at: string;
}

/** Stores a member's new feed key for a cohort, replacing any earlier one. */
export async function replaceFeedKey(
  db: D1Database,
  memberId: number,
  cohortId: number,
  keyHash: string,
  at: string,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO feed_keys (member_id, cohort_id, key_hash, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (member_id, cohort_id) DO UPDATE SET key_hash = excluded.key_hash, created_at = excluded.created_at`,
    )
    .bind(memberId, cohortId, keyHash, at)
    .run();
}

export async function deleteFeedKey(db: D1Database, memberId: number, cohortId: number): Promise<void> {
  await db
    .prepare('DELETE FROM feed_keys WHERE member_id = ? AND cohort_id = ?')
    .bind(memberId, cohortId)
    .run();
}

/** When the member made their feed address for the cohort; null when they have none. */
export async function feedKeyCreatedAt(
  db: D1Database,
  memberId: number,
  cohortId: number,
): Promise<string | null> {
  const row = await db
    .prepare('SELECT created_at FROM feed_keys WHERE member_id = ? AND cohort_id = ?')
    .bind(memberId, cohortId)
    .first<{ created_at: string }>();
  return row?.created_at ?? null;
}

/** The member and cohort a key opens, with the member's admin flag (organisers read every cohort). */
export function feedKeyByHash(
  db: D1Database,
  keyHash: string,
): Promise<(FeedKeyRow & { admin: 0 | 1; name: string }) | null> {
  return db
    .prepare(
      `SELECT f.*, m.admin, m.name FROM feed_keys f JOIN members m ON m.id = f.member_id WHERE f.key_hash = ?`,
    )
    .bind(keyHash)
    .first<FeedKeyRow & { admin: 0 | 1; name: string }>();
}
