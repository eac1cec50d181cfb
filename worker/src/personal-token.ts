/** A member's personal token, made anew: every token they held stops working in the same batch. */
import { newToken, sha256Hex } from './crypto.ts';
import { insertTokenStatement, revokeMemberTokensStatement } from './db/api-tokens.ts';

/** Issues a fresh personal token for the member and revokes the old ones; returns the token (shown once). */
export async function issuePersonalToken(db: D1Database, memberId: number): Promise<string> {
  const token = newToken();
  const at = new Date().toISOString();
  await db.batch([
    revokeMemberTokensStatement(db, memberId, at),
    insertTokenStatement(db, memberId, await sha256Hex(token), at),
  ]);
  return token;
}
