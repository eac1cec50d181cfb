/**
 * The caller as SQL: a `viewer(id, organiser)` CTE that a statement reads its caller from. A caller already
 * known binds its member id; a bearer token not looked up yet (auth's `pendingToken`) is read from its hash
 * inside the same statement, so the busiest routes learn who asks in the very batch that answers them — one
 * D1 round trip where auth and the query took two.
 */
export type Viewer = { memberId: number; organiser: boolean } | { tokenHash: string };

/** The CTE and its parameters, to put before a statement's SELECT (positional `?` parameters). */
export function viewerCte(viewer: Viewer): { sql: string; params: unknown[] } {
  return 'tokenHash' in viewer
    ? {
        sql: `WITH viewer(id, organiser) AS (SELECT m.id, m.admin FROM api_tokens t JOIN members m ON m.id = t.member_id
           WHERE t.token_hash = ? AND t.revoked_at IS NULL)`,
        params: [viewer.tokenHash],
      }
    : {
        sql: 'WITH viewer(id, organiser) AS (VALUES (?, ?))',
        params: [viewer.memberId, viewer.organiser ? 1 : 0],
      };
}
