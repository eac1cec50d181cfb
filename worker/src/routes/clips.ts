/**
 * Clips: post into a cohort (idempotent on clientId and on canonical URL), list newest first with FTS and
 * region filters, read, edit, delete, and mark read. Mounted at /api.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { ClipInputSchema, ClipPatchSchema } from '../../../shared/schema/clip.ts';
import { say } from '../../../shared/schema/message.ts';
import { canonicalUrl } from '../../../shared/url.ts';
import { cohortAccess, idParam, requireEditor } from '../access.ts';
import {
  clipByCanonicalUrl,
  clipByClientId,
  clipById,
  deleteClip,
  insertClip,
  mergeQuotes,
  listClips,
  rowToClip,
  rowToClipSummary,
  updateClip,
  type ClipRow,
} from '../db/clips.ts';
import { markRead, markUnread } from '../db/read-marks.ts';
import type { AppEnv, Caller } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';
import { bodyLimit, MiB } from '../middleware/body-limit.ts';
import { validateJson, validateQuery } from '../middleware/validate.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

const limitMessage = say('limit harus angka 1–100', 'limit must be a number 1–100');
const ListQuerySchema = v.object({
  q: v.optional(
    v.pipe(v.string(), v.maxLength(200, say('Kata kunci maksimal 200 karakter', 'At most 200 characters'))),
  ),
  region: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^\d{2}(\.\d{2})?$/,
        say('Kode wilayah seperti 35 atau 35.10', 'A region code like 35 or 35.10'),
      ),
    ),
  ),
  unread: v.optional(v.picklist(['0', '1'], say('unread harus 0 atau 1', 'unread must be 0 or 1'))),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, limitMessage),
      v.transform(Number),
      v.minValue(1, limitMessage),
      v.maxValue(100, limitMessage),
    ),
  ),
});

const isUniqueViolation = (err: unknown) =>
  err instanceof Error && /UNIQUE constraint failed/i.test(err.message);

/** Merges a re-post's quotes into the clip already there (atomically) and answers with the clip as it now is. */
async function withQuotes(
  db: D1Database,
  row: ClipRow,
  quotes: readonly string[] | undefined,
  viewerId: number,
) {
  if (quotes?.length) await mergeQuotes(db, row.id, quotes, new Date().toISOString());
  const now = quotes?.length ? await clipById(db, row.id, viewerId) : row;
  return rowToClip(now ?? row);
}

/** The clip and the caller's role in its cohort; 404 when it does not exist, 403 when the cohort is not theirs. */
export async function clipAccess(db: D1Database, caller: Caller, idValue: string) {
  const row = await clipById(db, idParam(idValue, 'clip_not_found'), caller.memberId);
  if (!row) throw notFound('clip_not_found');
  const { role } = await cohortAccess(db, caller, row.cohort_id);
  return { row, role };
}

export const clips = new Hono<AppEnv>()
  .post('/cohorts/:id/clips', bodyLimit({ maxBytes: MiB }), validateJson(ClipInputSchema), async (c) => {
    const { caller } = c.var;
    const db = c.env.DB;
    const { cohort, role } = await cohortAccess(db, caller, idParam(c.req.param('id'), 'cohort_not_found'));
    requireEditor(role);
    const input = c.req.valid('json');
    const canonical = canonicalUrl(input.url);
    const existing = async () =>
      (await clipByClientId(db, cohort.id, input.clientId, caller.memberId)) ??
      (await clipByCanonicalUrl(db, cohort.id, canonical, caller.memberId));
    const found = await existing();
    if (found) return c.json(await withQuotes(db, found, input.quotes, caller.memberId), 200);
    try {
      await insertClip(db, {
        cohortId: cohort.id,
        clientId: input.clientId,
        url: input.url,
        canonicalUrl: canonical,
        title: input.title,
        text: input.text,
        siteName: input.siteName ?? null,
        record: input.record,
        note: input.note ?? '',
        quotes: [...new Set(input.quotes ?? [])],
        createdBy: caller.memberId,
        createdAt: new Date().toISOString(),
      });
    } catch (err) {
      // A twin request won the race between our look-up and insert: answer with its clip.
      const twin = isUniqueViolation(err) ? await existing() : null;
      if (!twin) throw err;
      return c.json(await withQuotes(db, twin, input.quotes, caller.memberId), 200);
    }
    const created = await clipByClientId(db, cohort.id, input.clientId, caller.memberId);
    if (!created) throw new ApiError(409, 'conflict', 'conflict');
    return c.json(rowToClip(created), 201);
  })
  .get('/cohorts/:id/clips', validateQuery(ListQuerySchema), async (c) => {
    const { caller } = c.var;
    const { cohort } = await cohortAccess(c.env.DB, caller, idParam(c.req.param('id'), 'cohort_not_found'));
    const query = c.req.valid('query');
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    if (query.cursor && !after) throw new ApiError(400, 'bad_request', 'bad_cursor');
    const rows = await listClips(c.env.DB, {
      cohortId: cohort.id,
      viewerId: caller.memberId,
      q: query.q,
      region: query.region,
      unread: query.unread === '1',
      after,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const nextCursor = rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null;
    return c.json({ items: page.map(rowToClipSummary), nextCursor }, 200);
  })
  .get('/clips/:id', async (c) => {
    const { row } = await clipAccess(c.env.DB, c.var.caller, c.req.param('id'));
    return c.json(rowToClip(row), 200);
  })
  .patch('/clips/:id', bodyLimit({ maxBytes: MiB }), validateJson(ClipPatchSchema), async (c) => {
    const db = c.env.DB;
    const { row, role } = await clipAccess(db, c.var.caller, c.req.param('id'));
    requireEditor(role);
    const patch = c.req.valid('json');
    const key = { id: row.id, cohortId: row.cohort_id, clientId: row.client_id, createdAt: row.created_at };
    const written = await updateClip(db, key, patch, new Date().toISOString());
    const updated = written ? await clipById(db, row.id, c.var.caller.memberId) : null;
    if (!updated) throw notFound('clip_not_found');
    return c.json(rowToClip(updated), 200);
  })
  .delete('/clips/:id', async (c) => {
    const { row, role } = await clipAccess(c.env.DB, c.var.caller, c.req.param('id'));
    requireEditor(role);
    if (!(await deleteClip(c.env.DB, row.id))) throw notFound('clip_not_found');
    return c.json({ deleted: true as const }, 200);
  })
  .post('/clips/:id/read', async (c) => {
    const { row } = await clipAccess(c.env.DB, c.var.caller, c.req.param('id'));
    await markRead(c.env.DB, c.var.caller.memberId, row.id, new Date().toISOString());
    return c.json({ read: true as const }, 200);
  })
  .delete('/clips/:id/read', async (c) => {
    const { row } = await clipAccess(c.env.DB, c.var.caller, c.req.param('id'));
    await markUnread(c.env.DB, c.var.caller.memberId, row.id);
    return c.json({ read: false as const }, 200);
  });
