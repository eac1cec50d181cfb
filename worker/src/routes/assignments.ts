/**
 * Required reading, mounted at /api: mark a clip required (with a due date and a place in the order) or not
 * (its cohort's widyaiswara and organisers), the completion matrix (the same), and one's own progress (anyone
 * in the cohort; participants get 403 on the rest).
 */
import { Hono } from 'hono';
import { AssignmentInputSchema } from '../../../shared/schema/cohort.ts';
import { clipAccess, cohortAccess, editorOnly } from '../access.ts';
import { assignClip, listAssignments, unassignClip } from '../db/assignments.ts';
import type { AppEnv } from '../env.ts';
import { isRefusal, refusal, refuse } from '../errors.ts';
import { cohortCompletion, ownProgress } from '../completion.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { validateJson } from '../middleware/validate.ts';

export const assignments = new Hono<AppEnv>()
  .put(
    '/clips/:id/assignment',
    bodyLimit({ maxBytes: 16 * KiB }),
    validateJson(AssignmentInputSchema),
    async (c) => {
      const db = c.env.DB;
      const access = await clipAccess(db, c.var.caller, c.req.param('id'), editorOnly);
      if (isRefusal(access)) return refuse(c, access);
      const { row } = access;
      const input = c.req.valid('json');
      await assignClip(
        db,
        row.cohort_id,
        { clipId: row.id, dueDate: input.dueDate ?? null, position: input.position },
        c.var.caller.memberId,
        new Date().toISOString(),
      );
      const placed = (await listAssignments(db, row.cohort_id)).find((a) => a.clip_id === row.id);
      if (!placed) return refuse(c, refusal(404, 'not_found', 'clip_not_found'));
      return c.json(
        { clipId: row.id, required: true as const, dueDate: placed.due_date, position: placed.position },
        200,
      );
    },
  )
  .delete('/clips/:id/assignment', async (c) => {
    const access = await clipAccess(c.env.DB, c.var.caller, c.req.param('id'), editorOnly);
    if (isRefusal(access)) return refuse(c, access);
    const { row } = access;
    if (!(await unassignClip(c.env.DB, row.cohort_id, row.id)))
      return refuse(c, refusal(404, 'not_found', 'not_required'));
    return c.json({ clipId: row.id, required: false as const }, 200);
  })
  .get('/cohorts/:id/completion', async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'), editorOnly);
    if (isRefusal(access)) return refuse(c, access);
    return c.json(await cohortCompletion(c.env.DB, access.cohort.id), 200);
  })
  .get('/cohorts/:id/progress', async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    return c.json(await ownProgress(c.env.DB, access.cohort.id, c.var.caller.memberId), 200);
  });
