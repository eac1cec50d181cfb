/**
 * /api/cohorts: create, list, correct and archive cohorts (organisers), and a cohort's clip counts per host
 * region (its members). Members, invites and required reading have their own modules.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import {
  CohortInputSchema,
  CohortPatchSchema,
  CohortVisitsSchema,
  endBeforeStart,
} from '../../../shared/schema/cohort.ts';
import { regionByCode } from '../../../shared/regions/index.ts';
import { callerCohorts, cohortAccess, editorOnly, organiserOnly } from '../access.ts';
import { listCohortVisits, replaceCohortVisits } from '../db/cohort-visits.ts';
import { regionCounts } from '../db/clips.ts';
import { cohortSlug, insertCohort, rowToCohort, updateCohort, type CohortRow } from '../db/cohorts.ts';
import type { AppEnv } from '../env.ts';
import { isRefusal, refusal, refuse, type Refusal } from '../errors.ts';
import { message, type Lang } from '../i18n.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { validateJson } from '../middleware/validate.ts';

const isUniqueViolation = (err: unknown) =>
  err instanceof Error && /UNIQUE constraint failed/i.test(err.message);

/** A new cohort with a fresh slug (a clash needs the same name and the same 30-bit suffix; one retry is plenty). */
export async function createCohort(db: D1Database, input: v.InferOutput<typeof CohortInputSchema>) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await insertCohort(db, {
        ...input,
        slug: cohortSlug(input.name),
        createdAt: new Date().toISOString(),
      });
    } catch (err) {
      if (attempt >= 2 || !isUniqueViolation(err)) throw err;
    }
  }
}

/** Corrects a cohort, refusing dates that would end before they start once merged with the stored ones. */
async function correctCohort(
  db: D1Database,
  cohort: CohortRow,
  patch: v.InferOutput<typeof CohortPatchSchema>,
  lang: Lang,
): Promise<CohortRow | Refusal> {
  const start = patch.startDate !== undefined ? patch.startDate : cohort.start_date;
  const end = patch.endDate !== undefined ? patch.endDate : cohort.end_date;
  if (start && end && end < start)
    return refusal(422, 'invalid', 'invalid', [{ path: 'endDate', message: endBeforeStart({ lang }) }]);
  const row = await updateCohort(db, cohort.id, patch, new Date().toISOString());
  return row ?? refusal(404, 'not_found', 'cohort_not_found');
}

export const cohorts = new Hono<AppEnv>()
  .post('/', bodyLimit({ maxBytes: 64 * KiB }), validateJson(CohortInputSchema), async (c) => {
    const denied = organiserOnly(c.var.caller);
    if (denied) return refuse(c, denied);
    const row = await createCohort(c.env.DB, c.req.valid('json'));
    return c.json(rowToCohort(row, 'organiser'), 201);
  })
  .get('/', async (c) => {
    const archived = c.req.query('archived') === '1';
    const items = await callerCohorts(c.env.DB, c.var.caller, { archived });
    return c.json({ items }, 200);
  })
  .patch('/:id', bodyLimit({ maxBytes: 64 * KiB }), validateJson(CohortPatchSchema), async (c) => {
    const { caller } = c.var;
    const denied = organiserOnly(caller);
    if (denied) return refuse(c, denied);
    const access = await cohortAccess(c.env.DB, caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    const row = await correctCohort(c.env.DB, access.cohort, c.req.valid('json'), c.var.lang);
    if (isRefusal(row)) return refuse(c, row);
    return c.json(rowToCohort(row, 'organiser'), 200);
  })
  .get('/:id/visits', async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    return c.json({ visits: await listCohortVisits(c.env.DB, access.cohort.id) }, 200);
  })
  .put('/:id/visits', bodyLimit({ maxBytes: 64 * KiB }), validateJson(CohortVisitsSchema), async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'), editorOnly);
    if (isRefusal(access)) return refuse(c, access);
    const { visits } = c.req.valid('json');
    const unknown = visits.findIndex((visit) => !regionByCode(visit.regionCode));
    if (unknown >= 0)
      return refuse(
        c,
        refusal(422, 'invalid', 'invalid', [
          { path: `visits.${unknown}.regionCode`, message: message('region_not_found', c.var.lang) },
        ]),
      );
    await replaceCohortVisits(c.env.DB, access.cohort.id, visits, new Date().toISOString());
    return c.json({ visits: await listCohortVisits(c.env.DB, access.cohort.id) }, 200);
  })
  .get('/:id/regions', async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    return c.json(await regionCounts(c.env.DB, access.cohort.id), 200);
  });
