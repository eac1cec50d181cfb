/** The read_marks table: which member has read which clip. */

export async function markRead(db: D1Database, memberId: number, clipId: number, at: string): Promise<void> {
  await db
    .prepare(
      'INSERT INTO read_marks (member_id, clip_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    )
    .bind(memberId, clipId, at)
    .run();
}

export async function markUnread(db: D1Database, memberId: number, clipId: number): Promise<void> {
  await db.prepare('DELETE FROM read_marks WHERE member_id = ? AND clip_id = ?').bind(memberId, clipId).run();
}
