/** /api/cohorts: create and list cohorts, and make invite links into one (organisers). */
import { Hono } from 'hono';
import { CohortInputSchema, InviteInputSchema } from '../../../shared/schema/cohort.ts';
import { callerCohorts, cohortAccess, idParam, requireOrganiser } from '../access.ts';
import { cohortSlug, insertCohort, rowToCohort, type CohortRow } from '../db/cohorts.ts';
import type { AppEnv } from '../env.ts';
import { createInvite } from '../invite-flow.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { validateJson } from '../middleware/validate.ts';

const isUniqueViolation = (err: unknown) =>
  err instanceof Error && /UNIQUE constraint failed/i.test(err.message);

export const cohorts = new Hono<AppEnv>()
  .post('/', bodyLimit({ maxBytes: 64 * KiB }), validateJson(CohortInputSchema), async (c) => {
    requireOrganiser(c.var.caller);
    const input = c.req.valid('json');
    let row: CohortRow | undefined;
    // A slug clash needs the same name and the same 30-bit suffix; one retry is plenty.
    for (let attempt = 0; !row; attempt++) {
      try {
        row = await insertCohort(c.env.DB, {
          ...input,
          slug: cohortSlug(input.name),
          createdAt: new Date().toISOString(),
        });
      } catch (err) {
        if (attempt >= 2 || !isUniqueViolation(err)) throw err;
      }
    }
    return c.json(rowToCohort(row, 'organiser'), 201);
  })
  .get('/', async (c) => {
    const items = await callerCohorts(c.env.DB, c.var.caller);
    return c.json({ items }, 200);
  })
  .post('/:id/invites', bodyLimit({ maxBytes: 64 * KiB }), validateJson(InviteInputSchema), async (c) => {
    const { caller } = c.var;
    requireOrganiser(caller);
    const { cohort } = await cohortAccess(c.env.DB, caller, idParam(c.req.param('id'), 'cohort_not_found'));
    const { role } = c.req.valid('json');
    const invite = await createInvite(c.env.DB, cohort.id, role, caller.memberId, c.env.INVITE_TTL_HOURS);
    const url = `${new URL(c.req.url).origin}/i/${invite.code}`;
    return c.json({ code: invite.code, url, role: invite.role, expiresAt: invite.expiresAt }, 201);
  });
