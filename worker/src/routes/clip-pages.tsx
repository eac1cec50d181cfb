/**
 * The cohort's widyaiswara and organisers correct clips in the browser, under the same rules as PATCH, DELETE
 * and PUT /api/clips/:id/assignment: GET/POST /c/:slug/k/:id/ubah, GET/POST …/hapus (after a confirmation),
 * POST …/wajib (required reading on or off, with a due date and order). A refused edit keeps what was typed.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { AssignmentInputSchema } from '../../../shared/schema/cohort.ts';
import { editorOnly } from '../access.ts';
import { clipFormValues, clipPatchFromForm } from '../clip-form.ts';
import { assignClip, listAssignments, unassignClip } from '../db/assignments.ts';
import { deleteClip, rowToClip, updateClip } from '../db/clips.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB, MiB } from '../middleware/body-limit.ts';
import { fieldIssues } from '../middleware/validate.ts';
import { ClipDeletePage, ClipEditPage } from '../pages/clip-edit-page.tsx';
import { ClipPage } from '../pages/clip-page.tsx';
import { consoleStrings } from '../pages/console-strings.ts';
import type { FieldErrors } from '../pages/form-parts.tsx';
import { renderPage } from '../pages/layout.tsx';
import { paths, withQuery } from '../pages/paths.ts';
import { allow, clipPage, htmlPage, readForm } from './forms.ts';

export const clipPages = new Hono<AppEnv>()
  .get('/c/:slug/k/:clipId/ubah', auth({ optional: true }), async (c) => {
    const { caller, cohort, role, row } = await clipPage(c, c.req.param('slug'), c.req.param('clipId'));
    allow(editorOnly(role));
    const values = clipFormValues(rowToClip(row));
    const page = (
      <ClipEditPage lang={c.var.lang} cohort={cohort} viewer={caller} clipId={row.id} values={values} />
    );
    return htmlPage(c, renderPage(page));
  })
  .post('/c/:slug/k/:clipId/ubah', bodyLimit({ maxBytes: MiB }), auth(), async (c) => {
    const { caller, cohort, role, row } = await clipPage(c, c.req.param('slug'), c.req.param('clipId'));
    allow(editorOnly(role));
    const form = await readForm(c);
    const lang = c.var.lang;
    const stored = rowToClip(row);
    const { patch, errors } = clipPatchFromForm(
      form,
      stored.record,
      lang,
      consoleStrings(lang).unknownRegion,
    );
    if (!patch) {
      const page = (
        <ClipEditPage
          lang={lang}
          cohort={cohort}
          viewer={caller}
          clipId={row.id}
          values={form}
          errors={errors}
        />
      );
      return htmlPage(c, renderPage(page), 422);
    }
    const key = { id: row.id, cohortId: row.cohort_id, clientId: row.client_id, createdAt: row.created_at };
    if (!(await updateClip(c.env.DB, key, patch, new Date().toISOString()))) throw notFound('clip_not_found');
    return c.redirect(withQuery(paths.clip(cohort.slug, row.id), { ok: 'saved' }), 303);
  })
  .get('/c/:slug/k/:clipId/hapus', auth({ optional: true }), async (c) => {
    const { caller, cohort, role, row } = await clipPage(c, c.req.param('slug'), c.req.param('clipId'));
    allow(editorOnly(role));
    const page = (
      <ClipDeletePage lang={c.var.lang} cohort={cohort} viewer={caller} clipId={row.id} title={row.title} />
    );
    return htmlPage(c, renderPage(page));
  })
  .post('/c/:slug/k/:clipId/hapus', bodyLimit({ maxBytes: 16 * KiB }), auth(), async (c) => {
    const { cohort, role, row } = await clipPage(c, c.req.param('slug'), c.req.param('clipId'));
    allow(editorOnly(role));
    await readForm(c);
    await deleteClip(c.env.DB, row.id);
    return c.redirect(withQuery(paths.cohort(cohort.slug), { ok: 'deleted' }), 303);
  })
  .post('/c/:slug/k/:clipId/wajib', bodyLimit({ maxBytes: 16 * KiB }), auth(), async (c) => {
    const { caller, cohort, role, row } = await clipPage(c, c.req.param('slug'), c.req.param('clipId'));
    allow(editorOnly(role));
    const form = await readForm(c);
    const back = (ok: 'required' | 'unrequired') => withQuery(paths.clip(cohort.slug, row.id), { ok });
    if (form.action === 'unset') {
      await unassignClip(c.env.DB, cohort.id, row.id);
      return c.redirect(back('unrequired'), 303);
    }
    const position = form.position?.trim();
    const parsed = v.safeParse(
      AssignmentInputSchema,
      {
        required: true,
        dueDate: form.dueDate?.trim() || null,
        ...(position ? { position: /^\d+$/.test(position) ? Number(position) : position } : {}),
      },
      { lang: c.var.lang },
    );
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of fieldIssues(parsed.issues)) errors[issue.path || 'dueDate'] ??= issue.message;
      const assigned = (await listAssignments(c.env.DB, cohort.id)).find((a) => a.clip_id === row.id) ?? null;
      const page = (
        <ClipPage
          lang={c.var.lang}
          cohort={cohort}
          role={role}
          viewer={caller}
          clip={rowToClip(row)}
          required={assigned}
          requiredForm={{ values: form, errors }}
        />
      );
      return htmlPage(c, renderPage(page), 422);
    }
    const { dueDate, position: place } = parsed.output;
    await assignClip(
      c.env.DB,
      cohort.id,
      { clipId: row.id, dueDate: dueDate ?? null, position: place },
      caller.memberId,
      new Date().toISOString(),
    );
    return c.redirect(back('required'), 303);
  });
