/**
 * Clips: post into a cohort (idempotent on clientId and on canonical URL; answered as a list shows the clip,
 * without its text), list newest first with FTS and region filters, read, edit, delete, and mark read. Mounted
 * at /api. Access is read with the query it guards (one round trip); a clip or cohort that is not the caller's
 * answers 404 like a missing one.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { ClipInputSchema, ClipPatchSchema } from '../../../shared/schema/clip.ts';
import { say } from '../../../shared/schema/message.ts';
import { canonicalUrl } from '../../../shared/url.ts';
import { accessOf, clipAccess, editorOnly, idParam } from '../access.ts';
import {
  clipById,
  clipPageStatement,
  deleteClip,
  insertClipStatements,
  listedClipById,
  mergeQuotes,
  newClipAnswer,
  repeatedClipColumn,
  rowToClip,
  rowToClipSummary,
  updateClip,
  type ClipListPage,
  type ClipItemRow,
  type NewClip,
} from '../db/clips.ts';
import { cohortWithRoleStatement, type CohortWithRoleRow } from '../db/cohorts.ts';
import { markRead, markUnread } from '../db/read-marks.ts';
import type { AppEnv } from '../env.ts';
import { isRefusal, refusal, refuse } from '../errors.ts';
import { jsonText } from '../json-text.ts';
import { bodyLimit, MiB } from '../middleware/body-limit.ts';
import { batchAsCaller } from '../middleware/auth.ts';
import { validateJson, validateQuery } from '../middleware/validate.ts';
import type { Viewer } from '../viewer.ts';
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

/**
 * The clip a post repeats, with the post's quotes it did not hold yet merged in (atomically), as a list shows it
 * now; null when it is gone (deleted meanwhile).
 */
async function repeated(db: D1Database, id: number, quotes: readonly string[] | undefined, viewerId: number) {
  if (quotes?.length) await mergeQuotes(db, id, quotes, new Date().toISOString());
  const row = await listedClipById(db, id, viewerId);
  return row && rowToClipSummary(row);
}

export const clips = new Hono<AppEnv>()
  .post('/cohorts/:id/clips', bodyLimit({ maxBytes: MiB }), validateJson(ClipInputSchema), async (c) => {
    const db = c.env.DB;
    const id = idParam(c.req.param('id'), 'cohort_not_found');
    if (isRefusal(id)) return refuse(c, id);
    const input = c.req.valid('json');
    const canonical = canonicalUrl(input.url);
    const clip: NewClip = {
      cohortId: id,
      clientId: input.clientId,
      url: input.url,
      canonicalUrl: canonical,
      title: input.title,
      text: input.text,
      siteName: input.siteName ?? null,
      record: input.record,
      note: input.note ?? '',
      quotes: [...new Set(input.quotes ?? [])],
      createdAt: new Date().toISOString(),
    };
    // Who asks, their place in the cohort, the clip this post may repeat and the insert, which writes only when
    // the caller may and nothing is repeated: one round trip.
    const {
      caller,
      results: [cohortRow, inserted],
    } = await batchAsCaller(
      c,
      (viewer) => [
        cohortWithRoleStatement(db, id, viewer, repeatedClipColumn(input.clientId, canonical)),
        ...insertClipStatements(db, clip, viewer),
      ],
      { callerFirst: true },
    );
    const row = cohortRow!.results[0] as (CohortWithRoleRow & { repeat_id: number | null }) | undefined;
    const access = accessOf(row);
    if (isRefusal(access)) return refuse(c, access);
    const denied = editorOnly(access.role);
    if (denied) return refuse(c, denied);
    const created = inserted!.results[0] as { id: number } | undefined;
    const author = { id: caller.memberId, name: caller.name };
    if (created) {
      c.header('Location', `/api/clips/${created.id}`);
      return c.json(newClipAnswer(clip, created.id, author), 201);
    }
    // Nothing written, so the batch found the clip this post repeats (it is one transaction).
    const answer = row?.repeat_id && (await repeated(db, row.repeat_id, input.quotes, caller.memberId));
    // The clip it repeats was deleted in the meantime.
    if (!answer) return refuse(c, refusal(404, 'not_found', 'clip_not_found'));
    c.header('Location', `/api/clips/${answer.id}`);
    return c.json(answer, 200);
  })
  .get('/cohorts/:id/clips', validateQuery(ListQuerySchema), async (c) => {
    const db = c.env.DB;
    const id = idParam(c.req.param('id'), 'cohort_not_found');
    if (isRefusal(id)) return refuse(c, id);
    const query = c.req.valid('query');
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    if (query.cursor && !after) return refuse(c, refusal(400, 'bad_request', 'bad_cursor'));
    const listed = (viewer: Viewer) =>
      clipPageStatement(db, {
        cohortId: id,
        viewer,
        q: query.q,
        region: query.region,
        unread: query.unread === '1',
        after,
        limit: limit + 1,
      });
    // Who asks, their access and the page in one round trip; the page is dropped when the cohort is not theirs.
    const {
      results: [cohortRow, list],
    } = await batchAsCaller(c, (viewer) => [cohortWithRoleStatement(db, id, viewer), listed(viewer)], {
      callerFirst: true,
    });
    const access = accessOf(cohortRow!.results[0] as CohortWithRoleRow | undefined);
    if (isRefusal(access)) return refuse(c, access);
    const rows = list!.results as ClipItemRow[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const nextCursor = rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null;
    const items = page.map((row) => row.item).join(',');
    return jsonText<ClipListPage>(c, `{"items":[${items}],"nextCursor":${JSON.stringify(nextCursor)}}`);
  })
  .get('/clips/:id', async (c) => {
    const access = await clipAccess(c.env.DB, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    return c.json(rowToClip(access.row), 200);
  })
  .patch('/clips/:id', bodyLimit({ maxBytes: MiB }), validateJson(ClipPatchSchema), async (c) => {
    const db = c.env.DB;
    const access = await clipAccess(db, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    const denied = editorOnly(access.role);
    if (denied) return refuse(c, denied);
    const { row } = access;
    const key = { id: row.id, cohortId: row.cohort_id, clientId: row.client_id, createdAt: row.created_at };
    const written = await updateClip(db, key, c.req.valid('json'), new Date().toISOString());
    const updated = written ? await clipById(db, row.id, c.var.caller.memberId) : null;
    if (!updated) return refuse(c, refusal(404, 'not_found', 'clip_not_found'));
    return c.json(rowToClip(updated), 200);
  })
  .delete('/clips/:id', async (c) => {
    const access = await clipAccess(c.env.DB, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    const denied = editorOnly(access.role);
    if (denied) return refuse(c, denied);
    if (!(await deleteClip(c.env.DB, access.row.id)))
      return refuse(c, refusal(404, 'not_found', 'clip_not_found'));
    return c.json({ deleted: true as const }, 200);
  })
  .post('/clips/:id/read', async (c) => {
    const access = await clipAccess(c.env.DB, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    await markRead(c.env.DB, c.var.caller.memberId, access.row.id, new Date().toISOString());
    return c.json({ read: true as const }, 200);
  })
  .delete('/clips/:id/read', async (c) => {
    const access = await clipAccess(c.env.DB, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    await markUnread(c.env.DB, c.var.caller.memberId, access.row.id);
    return c.json({ read: false as const }, 200);
  });
