/**
 * A cohort's exports, mounted at /api: its clips as CSV (spreadsheets), RIS (reference managers) and JSON (the
 * full locus records, for archiving or another tool), and the completion matrix as CSV (staff only).
 */
import { Hono } from 'hono';
import { cohortAccess, editorOnly } from '../access.ts';
import { clipExportRows, cohortClipsForExport, rowToClip } from '../db/clips.ts';
import { rowToCohort } from '../db/cohorts.ts';
import type { AppEnv } from '../env.ts';
import { isRefusal, refuse } from '../errors.ts';
import { cohortCompletion } from '../completion.ts';
import { completionCsv } from '../export/completion-csv.ts';
import { clipsCsv } from '../export/csv.ts';
import { clipsRis } from '../export/ris.ts';

const attachment = (name: string) => `attachment; filename="${name}"`;
const CSV = 'text/csv; charset=utf-8';

export const exports = new Hono<AppEnv>()
  .get('/cohorts/:id/export.csv', async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    const { cohort } = access;
    const csv = clipsCsv(await clipExportRows(c.env.DB, cohort.id), c.var.lang);
    return c.body(csv, 200, {
      'Content-Type': CSV,
      'Content-Disposition': attachment(`lokus-${cohort.slug}.csv`),
    });
  })
  .get('/cohorts/:id/export.ris', async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    const { cohort } = access;
    const ris = clipsRis(await clipExportRows(c.env.DB, cohort.id));
    return c.body(ris, 200, {
      'Content-Type': 'application/x-research-info-systems; charset=utf-8',
      'Content-Disposition': attachment(`lokus-${cohort.slug}.ris`),
    });
  })
  .get('/cohorts/:id/export.json', async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'));
    if (isRefusal(access)) return refuse(c, access);
    const { cohort, role } = access;
    const rows = await cohortClipsForExport(c.env.DB, cohort.id);
    const clips = rows.map((row) => {
      const { read: _, ...clip } = rowToClip(row);
      return clip;
    });
    const body = { cohort: rowToCohort(cohort, role), exportedAt: new Date().toISOString(), clips };
    c.header('Content-Disposition', attachment(`lokus-${cohort.slug}.json`));
    return c.json(body, 200);
  })
  .get('/cohorts/:id/completion.csv', async (c) => {
    const access = await cohortAccess(c.env.DB, c.var.caller, c.req.param('id'), editorOnly);
    if (isRefusal(access)) return refuse(c, access);
    const { cohort } = access;
    const csv = completionCsv(await cohortCompletion(c.env.DB, cohort.id), c.var.lang);
    return c.body(csv, 200, {
      'Content-Type': CSV,
      'Content-Disposition': attachment(`lokus-${cohort.slug}-bacaan-wajib.csv`),
    });
  });
