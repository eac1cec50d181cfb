/**
 * The participants' pages: GET /c/:slug (the reading list: required reading and progress first, newest first or
 * by region, all or unread, a page at a time), GET /c/:slug/k/:id (one clip read inside Lokus), the read-mark
 * form, and GET /c/:slug/kemajuan (the completion view, for the cohort's widyaiswara and organisers).
 */
import { Hono } from 'hono';
import { editorOnly } from '../access.ts';
import {
  listAssignments,
  listAssignmentsStatement,
  requiredReadByStatement,
  type RequiredRead,
  type TitledAssignmentRow,
} from '../db/assignments.ts';
import {
  clipListStatement,
  cohortClipCountsStatement,
  regionCountsOf,
  regionCountsStatements,
  rowToClip,
  rowToClipSummary,
  type ClipRow,
} from '../db/clips.ts';
import { markRead, markUnread } from '../db/read-marks.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';
import { cohortCompletion, progressOf } from '../completion.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { ClipPage } from '../pages/clip-page.tsx';
import { CompletionPage } from '../pages/completion-page.tsx';
import { noticeKey } from '../pages/console-strings.ts';
import { renderPage } from '../pages/layout.tsx';
import { paths } from '../pages/paths.ts';
import { ReadingPage, type ListView } from '../pages/reading-page.tsx';
import { safeNext } from '../session.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { allow, clipPage, cohortPage, htmlPage, readForm } from './forms.ts';

/**
 * Clips per page of the reading list: most cohorts' visits fit on one, a phone scrolls through it and loads
 * about 40 kB over a slow network (50 weighed 68 kB and took a third longer to serve); a long-running cohort
 * pages on.
 */
const LIST_PAGE = 25;

export const reading = new Hono<AppEnv>()
  .get('/c/:slug', auth({ optional: true, sessionInPage: true }), async (c) => {
    const { caller, cohort, role } = await cohortPage(c, c.req.param('slug'));
    const view: ListView = {
      q: (c.req.query('q') ?? '').trim().slice(0, 200),
      byRegion: c.req.query('tampilan') === 'wilayah',
      unreadOnly: c.req.query('belum') === '1',
      after: c.req.query('setelah') ?? null,
    };
    const after = view.after ? decodeCursor(view.after) : null;
    if (view.after && !after) throw new ApiError(400, 'bad_request', 'bad_cursor');
    const db = c.env.DB;
    const byRegionCounts = view.byRegion && !view.q && !view.unreadOnly;
    // The page of clips and everything around it in one round trip.
    const [list, requiredRows, read, countRow, ...regionResults] = await db.batch<unknown>([
      clipListStatement(db, {
        cohortId: cohort.id,
        viewer: caller,
        q: view.q,
        unread: view.unreadOnly,
        after,
        limit: LIST_PAGE + 1,
      }),
      listAssignmentsStatement(db, cohort.id),
      requiredReadByStatement(db, cohort.id, caller.memberId),
      cohortClipCountsStatement(db, cohort.id, caller.memberId),
      ...(byRegionCounts ? regionCountsStatements(db, cohort.id) : []),
    ]);
    const rows = list!.results as ClipRow[];
    const assignments = requiredRows!.results as TitledAssignmentRow[];
    const progress = progressOf(assignments, read!.results as RequiredRead[]);
    // count() answers one row even for an empty cohort.
    const counts = countRow!.results[0] as { total: number; unread: number };
    const [regionCountRows, regionTotals] = regionResults;
    const regions = regionCountRows && regionTotals ? regionCountsOf(regionCountRows, regionTotals) : null;
    const required = new Map(
      assignments.map((a) => [a.clip_id, { dueDate: a.due_date, position: a.position }]),
    );
    const shown = rows.slice(0, LIST_PAGE);
    const last = shown.at(-1);
    const nextCursor = rows.length > LIST_PAGE && last ? encodeCursor(last.created_at, last.id) : null;
    const page = (
      <ReadingPage
        lang={c.var.lang}
        cohort={cohort}
        role={role}
        viewer={caller}
        clips={shown.map((row) => ({ ...rowToClipSummary(row), required: required.get(row.id) ?? null }))}
        view={view}
        nextCursor={nextCursor}
        progress={progress}
        counts={counts}
        regionCounts={regions}
        notice={noticeKey(c.req.query('ok'))}
      />
    );
    return htmlPage(c, renderPage(page));
  })
  .post('/c/:slug/read/:clipId', bodyLimit({ maxBytes: 16 * KiB }), auth(), async (c) => {
    const { caller, cohort, row } = await clipPage(c, c.req.param('slug'), c.req.param('clipId'));
    const form = await readForm(c);
    if (form.read === '0') await markUnread(c.env.DB, caller.memberId, row.id);
    else await markRead(c.env.DB, caller.memberId, row.id, new Date().toISOString());
    const back = safeNext(form.back);
    const list = back?.startsWith(`${paths.cohort(cohort.slug)}`) ? back : paths.cohort(cohort.slug);
    return c.redirect(list === paths.clip(cohort.slug, row.id) ? list : `${list}#clip-${row.id}`, 303);
  })
  .get('/c/:slug/k/:clipId', auth({ optional: true, sessionInPage: true }), async (c) => {
    const { caller, cohort, role, row } = await clipPage(c, c.req.param('slug'), c.req.param('clipId'));
    const required = (await listAssignments(c.env.DB, cohort.id)).find((a) => a.clip_id === row.id) ?? null;
    const page = (
      <ClipPage
        lang={c.var.lang}
        cohort={cohort}
        role={role}
        viewer={caller}
        clip={rowToClip(row)}
        required={required}
        notice={noticeKey(c.req.query('ok'))}
      />
    );
    return htmlPage(c, renderPage(page));
  })
  .get('/c/:slug/kemajuan', auth({ optional: true, sessionInPage: true }), async (c) => {
    const { caller, cohort, role } = await cohortPage(c, c.req.param('slug'));
    allow(editorOnly(role));
    const completion = await cohortCompletion(c.env.DB, cohort.id);
    return htmlPage(
      c,
      renderPage(
        <CompletionPage lang={c.var.lang} cohort={cohort} viewer={caller} completion={completion} />,
      ),
    );
  });
