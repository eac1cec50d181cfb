/**
 * /api/scouting: the ranking of candidate host regions (filters and weights in the query), one region's
 * evidence, the innovation directory, and the ranking as CSV or JSON to download. Organisers rank the whole
 * institution's clips, widyaiswara their cohorts'; participants get 403, anonymous callers 401.
 */
import { Hono } from 'hono';
import { regionByCode } from '../../../shared/regions/index.ts';
import { innovationEntries } from '../db/scout-queries.ts';
import type { AppEnv } from '../env.ts';
import { isRefusal, refusal, refuse } from '../errors.ts';
import { validateQuery } from '../middleware/validate.ts';
import { rankingCsv } from '../export/ranking-csv.ts';
import { ranking } from '../scouting/ranking.ts';
import { regionDetail } from '../scouting/region.ts';
import { filtersOf, ScoutQuerySchema, scoutScope } from '../scouting/request.ts';

const REGION_CODE = /^\d{2}(\.\d{2})?$/;

export const scouting = new Hono<AppEnv>()
  .get('/regions', validateQuery(ScoutQuerySchema), async (c) => {
    const scope = await scoutScope(c.env.DB, c.var.caller);
    if (isRefusal(scope)) return refuse(c, scope);
    return c.json(await ranking(c.env.DB, scope, c.req.valid('query')), 200);
  })
  .get('/regions.csv', validateQuery(ScoutQuerySchema), async (c) => {
    const scope = await scoutScope(c.env.DB, c.var.caller);
    if (isRefusal(scope)) return refuse(c, scope);
    const csv = rankingCsv(await ranking(c.env.DB, scope, c.req.valid('query')), c.var.lang);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="lokus-penjajakan.csv"',
    });
  })
  .get('/regions.json', validateQuery(ScoutQuerySchema), async (c) => {
    const scope = await scoutScope(c.env.DB, c.var.caller);
    if (isRefusal(scope)) return refuse(c, scope);
    c.header('Content-Disposition', 'attachment; filename="lokus-penjajakan.json"');
    return c.json(await ranking(c.env.DB, scope, c.req.valid('query')), 200);
  })
  .get('/regions/:code', async (c) => {
    const code = c.req.param('code');
    if (!REGION_CODE.test(code)) return refuse(c, refusal(404, 'not_found', 'region_not_found'));
    const scope = await scoutScope(c.env.DB, c.var.caller);
    if (isRefusal(scope)) return refuse(c, scope);
    const detail = await regionDetail(c.env.DB, scope, code);
    if (isRefusal(detail)) return refuse(c, detail);
    return c.json(detail, 200);
  })
  .get('/innovations', validateQuery(ScoutQuerySchema), async (c) => {
    const scope = await scoutScope(c.env.DB, c.var.caller);
    if (isRefusal(scope)) return refuse(c, scope);
    const query = c.req.valid('query');
    const rows = await innovationEntries(c.env.DB, scope, { ...filtersOf(query), q: query.q ?? null });
    const items = rows.map((row) => {
      const region = regionByCode(row.regionCode);
      return { ...row, region: region?.name ?? row.regionCode, province: region?.province ?? null };
    });
    return c.json({ items }, 200);
  });
