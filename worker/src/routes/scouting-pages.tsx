/**
 * The scouting pages, over the same queries and rules as /api/scouting: GET /lokus (ranking, filters, weights,
 * chart, province map), /lokus/wilayah/:code (a region), /lokus/inovasi (the directory), /lokus/banding (two
 * to four regions side by side). Organisers and widyaiswara only; a refused filter is said beside its field.
 */
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { innovationEntries } from '../db/scout-queries.ts';
import { regionByCode } from '../../../shared/regions/index.ts';
import type { AppEnv } from '../env.ts';
import { notFound, orThrow, unauthorized } from '../errors.ts';
import { auth } from '../middleware/auth.ts';
import { fieldIssues } from '../middleware/validate.ts';
import { ComparePage, DirectoryPage } from '../pages/directory-page.tsx';
import type { FieldErrors } from '../pages/form-parts.tsx';
import { renderPage } from '../pages/layout.tsx';
import { RegionPage } from '../pages/region-page.tsx';
import { ScoutingPage } from '../pages/scouting-page.tsx';
import { ranking } from '../scouting/ranking.ts';
import { regionDetail } from '../scouting/region.ts';
import { filtersOf, ScoutQuerySchema, scoutScope, type ScoutQuery } from '../scouting/request.ts';
import { htmlPage } from './forms.ts';

/** The signed-in caller and their scope (401 page for nobody, 403 for participants). */
async function scoutCaller(c: Context<AppEnv>) {
  const caller = c.get('caller');
  if (!caller) throw unauthorized();
  return { caller, scope: orThrow(await scoutScope(c.env.DB, caller)) };
}

/** The query's single values as the form shows them back. */
function formOf(c: Context<AppEnv>): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.queries()).map(([key, values]) => [key, values[0] ?? '']));
}

function parse(c: Context<AppEnv>, form: Record<string, string>): { query: ScoutQuery; errors: FieldErrors } {
  const parsed = v.safeParse(ScoutQuerySchema, form, { lang: c.var.lang });
  if (parsed.success) return { query: parsed.output, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of fieldIssues(parsed.issues)) errors[issue.path] ??= issue.message;
  // The fields that were right still count.
  const kept = Object.fromEntries(Object.entries(form).filter(([key]) => !errors[key]));
  const retry = v.safeParse(ScoutQuerySchema, kept, { lang: c.var.lang });
  return { query: retry.success ? retry.output : {}, errors };
}

export const scoutingPages = new Hono<AppEnv>()
  .get('/lokus', auth({ optional: true }), async (c) => {
    const { caller, scope } = await scoutCaller(c);
    const form = formOf(c);
    const { query, errors } = parse(c, form);
    const [ranked, wholeCountry] = await Promise.all([
      ranking(c.env.DB, scope, query),
      query.province ? ranking(c.env.DB, scope, { ...query, province: undefined }) : null,
    ]);
    const provinceEvidence = new Map<string, number>();
    for (const item of (wholeCountry ?? ranked).items) {
      const province = item.regionCode.slice(0, 2);
      provinceEvidence.set(province, (provinceEvidence.get(province) ?? 0) + item.innovations);
    }
    const page = (
      <ScoutingPage
        lang={c.var.lang}
        viewer={caller}
        institution={scope === null}
        form={form}
        errors={errors}
        weights={ranked.weights}
        items={ranked.items}
        provinceEvidence={provinceEvidence}
      />
    );
    return htmlPage(c, renderPage(page), Object.keys(errors).length ? 422 : 200);
  })
  .get('/lokus/wilayah/:code', auth({ optional: true }), async (c) => {
    const { caller, scope } = await scoutCaller(c);
    const code = c.req.param('code');
    if (!/^\d{2}(\.\d{2})?$/.test(code)) throw notFound('region_not_found');
    const detail = orThrow(await regionDetail(c.env.DB, scope, code));
    return htmlPage(c, renderPage(<RegionPage lang={c.var.lang} viewer={caller} detail={detail} />));
  })
  .get('/lokus/inovasi', auth({ optional: true }), async (c) => {
    const { caller, scope } = await scoutCaller(c);
    const form = formOf(c);
    const { query } = parse(c, form);
    const rows = await innovationEntries(c.env.DB, scope, { ...filtersOf(query), q: query.q ?? null });
    const entries = rows.map((row) => ({
      ...row,
      region: regionByCode(row.regionCode)?.name ?? row.regionCode,
    }));
    return htmlPage(
      c,
      renderPage(<DirectoryPage lang={c.var.lang} viewer={caller} form={form} entries={entries} />),
    );
  })
  .get('/lokus/banding', auth({ optional: true }), async (c) => {
    const { caller, scope } = await scoutCaller(c);
    const chosen = [...new Set(c.req.queries('r') ?? [])].slice(0, 4);
    const { r: _, ...form } = formOf(c);
    const { items } = await ranking(c.env.DB, scope, parse(c, form).query);
    const regions = chosen
      .map((code) => items.find((item) => item.regionCode === code))
      .filter((item): item is NonNullable<typeof item> => !!item);
    return htmlPage(c, renderPage(<ComparePage lang={c.var.lang} viewer={caller} regions={regions} />));
  });
