/** A member's personal token, made anew: every token they held stops working in the same batch. */
import { newToken, sha256Hex } from './crypto.ts';
import { insertTokenStatement, revokeMemberTokensStatement } from './db/api-tokens.ts';

/**
 * Issues a fresh personal token for the member and revokes the old ones (and so the browser sessions opened
 * with them); returns the token, shown once, and its hash.
 */
export async function issuePersonalToken(
  db: D1Database,
  memberId: number,
): Promise<{ token: string; tokenHash: string }> {
  const token = newToken();
  const tokenHash = await sha256Hex(token);
  const at = new Date().toISOString();
  await db.batch([
    revokeMemberTokensStatement(db, memberId, at),
    insertTokenStatement(db, memberId, tokenHash, at),
  ]);
  return { token, tokenHash };
}
