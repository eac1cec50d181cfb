/** The members table: people, each signed in by personal tokens (api-tokens.ts); `admin` is the ADMIN_TOKEN's. */

export interface MemberRow {
  id: number;
  name: string;
  admin: 0 | 1;
  created_at: string;
}

export interface Member {
  id: number;
  name: string;
}

const ADMIN_NAME = 'Penyelenggara';

/** The member the ADMIN_TOKEN signs in as, created on first use (a unique index keeps it single). */
export async function ensureAdminMember(db: D1Database): Promise<MemberRow> {
  const select = db.prepare('SELECT * FROM members WHERE admin = 1');
  const found = await select.first<MemberRow>();
  if (found) return found;
  await db
    .prepare('INSERT INTO members (name, admin, created_at) VALUES (?, 1, ?) ON CONFLICT DO NOTHING')
    .bind(ADMIN_NAME, new Date().toISOString())
    .run();
  const created = await select.first<MemberRow>();
  if (!created) throw new Error('admin member missing after insert');
  return created;
}

/** The member a live (unrevoked) token hash belongs to. */
export function memberByTokenHashStatement(db: D1Database, tokenHash: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT m.* FROM api_tokens t JOIN members m ON m.id = t.member_id
       WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
    )
    .bind(tokenHash);
}

export function memberByTokenHash(db: D1Database, tokenHash: string): Promise<MemberRow | null> {
  return memberByTokenHashStatement(db, tokenHash).first<MemberRow>();
}

/** Inserts a member; the statement that follows it in a batch reads the id with last_insert_rowid(). */
export function insertMemberStatement(db: D1Database, name: string, createdAt: string): D1PreparedStatement {
  return db.prepare('INSERT INTO members (name, created_at) VALUES (?, ?)').bind(name, createdAt);
}
