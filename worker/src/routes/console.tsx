/**
 * The organiser's console, as forms over the same rules as the API: GET / (the cohorts, and for organisers
 * the form to create one), POST /angkatan (create), GET/POST /c/:slug/ubah (correct), POST /c/:slug/arsip
 * (archive or restore), and the pages' one script. A refused form comes back with what was typed.
 */
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { CohortInputSchema } from '../../../shared/schema/cohort.ts';
import { callerCohorts, organiserOnly } from '../access.ts';
import { updateCohort } from '../db/cohorts.ts';
import type { AppEnv } from '../env.ts';
import { auth } from '../middleware/auth.ts';
import { bodyLimit, KiB } from '../middleware/body-limit.ts';
import { fieldIssues } from '../middleware/validate.ts';
import type { CohortFormValues } from '../pages/cohort-form.tsx';
import { noticeKey } from '../pages/console-strings.ts';
import { EditCohortPage } from '../pages/edit-cohort-page.tsx';
import type { FieldErrors } from '../pages/form-parts.tsx';
import { HomePage } from '../pages/home-page.tsx';
import { renderPage } from '../pages/layout.tsx';
import { paths, withQuery } from '../pages/paths.ts';
import { PAGE_CSS } from '../pages/css.ts';
import { PAGE_ICON } from '../pages/icon.ts';
import { PAGE_SCRIPT } from '../pages/script.ts';
import { signInHref } from '../session.ts';
import { createCohort } from './cohorts.ts';
import { allow, cohortPage, htmlPage, readForm } from './forms.ts';

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** A posted cohort form, checked by the API's schema: the input, or the errors beside each field. */
function parseCohortForm(form: Record<string, string>, lang: 'id' | 'en') {
  const values: CohortFormValues = {
    name: form.name ?? '',
    program: form.program ?? '',
    cohortLabel: form.cohortLabel ?? '',
    startDate: form.startDate ?? '',
    endDate: form.endDate ?? '',
  };
  const parsed = v.safeParse(
    CohortInputSchema,
    {
      name: values.name,
      program: blankToNull(values.program),
      cohortLabel: blankToNull(values.cohortLabel),
      startDate: blankToNull(values.startDate),
      endDate: blankToNull(values.endDate),
    },
    { lang },
  );
  if (parsed.success) return { values, input: parsed.output, errors: null };
  const errors: FieldErrors = {};
  for (const issue of fieldIssues(parsed.issues)) errors[issue.path || 'form'] ??= issue.message;
  return { values, input: null, errors };
}

const form = bodyLimit({ maxBytes: 16 * KiB });

/**
 * The pages' own script, stylesheet and icon: the same for everyone, so a browser keeps them across pages for an
 * hour.
 */
const asset = (type: string) => ({
  'Content-Type': type,
  'Cache-Control': 'public, max-age=3600',
  'X-Content-Type-Options': 'nosniff',
});

const icon = (c: Context) => c.body(PAGE_ICON, 200, asset('image/svg+xml'));

export const consolePages = new Hono<AppEnv>()
  .get(paths.script, (c) => c.body(PAGE_SCRIPT, 200, asset('text/javascript; charset=utf-8')))
  .get(paths.stylesheet, (c) => c.body(PAGE_CSS, 200, asset('text/css; charset=utf-8')))
  .get(paths.icon, icon)
  .get(paths.favicon, icon)
  .get(paths.home, auth({ optional: true }), async (c) => {
    const caller = c.get('caller');
    if (!caller) return c.redirect(signInHref(null), 303);
    const archived = c.req.query('arsip') === '1';
    const cohorts = await callerCohorts(c.env.DB, caller, { archived });
    const page = (
      <HomePage
        lang={c.var.lang}
        name={caller.name}
        organiser={caller.organiser}
        cohorts={cohorts}
        archived={archived}
        notice={noticeKey(c.req.query('ok'))}
      />
    );
    return htmlPage(c, renderPage(page));
  })
  .post(paths.createCohort, form, auth(), async (c) => {
    const { caller, lang } = c.var;
    allow(organiserOnly(caller));
    const { values, input, errors } = parseCohortForm(await readForm(c), lang);
    if (!input) {
      const cohorts = await callerCohorts(c.env.DB, caller);
      const page = (
        <HomePage
          lang={lang}
          name={caller.name}
          organiser
          cohorts={cohorts}
          archived={false}
          form={{ values, errors: errors ?? {} }}
        />
      );
      return htmlPage(c, renderPage(page), 422);
    }
    const cohort = await createCohort(c.env.DB, input);
    return c.redirect(withQuery(paths.manage(cohort.slug), { ok: 'created' }), 303);
  })
  .get('/c/:slug/ubah', auth({ optional: true }), async (c) => {
    const { caller, cohort } = await cohortPage(c, c.req.param('slug'));
    allow(organiserOnly(caller));
    return htmlPage(c, renderPage(<EditCohortPage lang={c.var.lang} viewer={caller} cohort={cohort} />));
  })
  .post('/c/:slug/ubah', form, auth(), async (c) => {
    const { caller, cohort } = await cohortPage(c, c.req.param('slug'));
    allow(organiserOnly(caller));
    const { values, input, errors } = parseCohortForm(await readForm(c), c.var.lang);
    if (!input) {
      const page = (
        <EditCohortPage
          lang={c.var.lang}
          viewer={caller}
          cohort={cohort}
          values={values}
          errors={errors ?? {}}
        />
      );
      return htmlPage(c, renderPage(page), 422);
    }
    await updateCohort(c.env.DB, cohort.id, input, new Date().toISOString());
    return c.redirect(withQuery(paths.home, { ok: 'saved' }), 303);
  })
  .post('/c/:slug/arsip', form, auth(), async (c) => {
    const { caller, cohort } = await cohortPage(c, c.req.param('slug'));
    allow(organiserOnly(caller));
    const archived = (await readForm(c)).archived !== '0';
    await updateCohort(c.env.DB, cohort.id, { archived }, new Date().toISOString());
    return c.redirect(
      withQuery(paths.home, { ok: archived ? 'archived' : 'restored', arsip: !archived ? null : true }),
      303,
    );
  });
