/**
 * The caller as SQL: a `viewer(id, organiser, name)` CTE that a statement reads its caller from. A caller already
 * known binds its member id; a bearer token not looked up yet (auth's `pendingToken`) is read from its hash
 * inside the same statement, so the busiest routes learn who asks in the very batch that answers them — one
 * D1 round trip where auth and the query took two. With an unknown or revoked token the CTE is empty.
 */
export type Viewer = { memberId: number; organiser: boolean; name?: string } | { tokenHash: string };

/** The CTE and its parameters, to put before a statement's SELECT (positional `?` parameters). */
export function viewerCte(viewer: Viewer): { sql: string; params: unknown[] } {
  return 'tokenHash' in viewer
    ? {
        sql: `WITH viewer(id, organiser, name) AS (SELECT m.id, m.admin, m.name FROM api_tokens t
           JOIN members m ON m.id = t.member_id WHERE t.token_hash = ? AND t.revoked_at IS NULL)`,
        params: [viewer.tokenHash],
      }
    : {
        sql: 'WITH viewer(id, organiser, name) AS (VALUES (?, ?, ?))',
        params: [viewer.memberId, viewer.organiser ? 1 : 0, viewer.name ?? ''],
      };
}

/** The caller's columns a statement answers (viewerColumns), read by batchAsCaller. */
export interface ViewerColumns {
  viewer_id: number;
  viewer_name: string;
  viewer_organiser: 0 | 1;
}

/** The `viewer` CTE's caller as columns of a statement driven by it (`FROM viewer v`). */
export const VIEWER_COLUMNS = 'v.id AS viewer_id, v.name AS viewer_name, v.organiser AS viewer_organiser';
