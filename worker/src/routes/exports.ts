/** /api/cohorts/:id/export.csv and export.ris: a cohort's clips for spreadsheets and reference managers. */
import { Hono } from 'hono';
import { cohortAccess, idParam } from '../access.ts';
import { clipExportRows } from '../db/clips.ts';
import type { AppEnv } from '../env.ts';
import { clipsCsv } from '../export/csv.ts';
import { clipsRis } from '../export/ris.ts';

const attachment = (name: string) => `attachment; filename="${name}"`;

export const exports = new Hono<AppEnv>()
  .get('/cohorts/:id/export.csv', async (c) => {
    const { cohort } = await cohortAccess(
      c.env.DB,
      c.var.caller,
      idParam(c.req.param('id'), 'cohort_not_found'),
    );
    const csv = clipsCsv(await clipExportRows(c.env.DB, cohort.id));
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachment(`lokus-${cohort.slug}.csv`),
    });
  })
  .get('/cohorts/:id/export.ris', async (c) => {
    const { cohort } = await cohortAccess(
      c.env.DB,
      c.var.caller,
      idParam(c.req.param('id'), 'cohort_not_found'),
    );
    const ris = clipsRis(await clipExportRows(c.env.DB, cohort.id));
    return c.body(ris, 200, {
      'Content-Type': 'application/x-research-info-systems; charset=utf-8',
      'Content-Disposition': attachment(`lokus-${cohort.slug}.ris`),
    });
  });
