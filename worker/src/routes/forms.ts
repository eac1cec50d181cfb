/**
 * What the server pages' routes share: an HTML response with the page headers, form fields as strings, the
 * same-origin rule for posts, and a cohort page's access (who is looking, in which role).
 */
import type { Context } from 'hono';
import { idParam } from '../access.ts';
import { clipById } from '../db/clips.ts';
import { cohortBySlugWithRole, type CohortRole, type CohortRow } from '../db/cohorts.ts';
import type { AppEnv, Caller } from '../env.ts';
import { ApiError, notFound, orThrow, unauthorized, type Refusal } from '../errors.ts';
import { crossSite, sessionWithCohort } from '../middleware/auth.ts';
import { PAGE_HEADERS } from '../pages/layout.tsx';

export function htmlPage(c: Context, body: string, status: 200 | 401 | 403 | 404 | 409 | 422 | 429 = 200) {
  return c.html(body, status, PAGE_HEADERS);
}

/** A form field as a string ('' when missing or a file). */
function formString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Form posts must come from this origin (the cookie would otherwise ride along on another site's form). */
function requireSameOrigin(c: Context): void {
  if (crossSite(c)) throw new ApiError(403, 'forbidden', 'cross_site');
}

/** A posted form (same origin only) as strings: '' for a missing field or a file. */
export async function readForm(c: Context): Promise<Record<string, string>> {
  requireSameOrigin(c);
  const body = await c.req.parseBody();
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) form[key] = formString(value);
  return form;
}

export interface CohortPage {
  caller: Caller;
  cohort: CohortRow;
  role: CohortRole;
}

/** For pages: throws a refusal (the pages' error handler renders it) — `allow(editorOnly(role))`. */
export function allow(denied: Refusal | null): void {
  if (denied) orThrow(denied);
}

/** For pages: a path parameter as an id, or a 404 page. */
export const pageId = (value: string, what: Parameters<typeof idParam>[1]) => orThrow(idParam(value, what));

/**
 * The signed-in caller, the cohort behind a slug and the caller's role in it, in one query: 401 (the error page
 * offers sign-in and comes back here) when nobody is signed in — whether or not the slug exists — and 404 alike
 * for a cohort that does not exist and one that is not theirs.
 */
export async function cohortPage(c: Context<AppEnv>, slug: string): Promise<CohortPage> {
  if (c.get('pendingSession') !== undefined) {
    const found = await sessionWithCohort(c, slug);
    if (!found) throw unauthorized();
    const { caller, row } = found;
    if (!row.viewer_role || row.id === null) throw notFound('cohort_not_found');
    const cohort: CohortRow = {
      id: row.id,
      slug: row.slug!,
      name: row.name!,
      program: row.program,
      cohort_label: row.cohort_label,
      start_date: row.start_date,
      end_date: row.end_date,
      created_at: row.created_at!,
      archived_at: row.archived_at,
    };
    return { caller, cohort, role: row.viewer_role };
  }
  const caller = c.get('caller');
  if (!caller) throw unauthorized();
  const row = await cohortBySlugWithRole(c.env.DB, slug, caller);
  if (!row?.viewer_role) throw notFound('cohort_not_found');
  const { viewer_role: role, ...cohort } = row;
  return { caller, cohort, role };
}

/** A clip of the cohort page's cohort, seen by the caller (read mark included); 404 when it is not there. */
export async function clipPage(c: Context<AppEnv>, slug: string, clipIdValue: string) {
  const access = await cohortPage(c, slug);
  const row = await clipById(c.env.DB, pageId(clipIdValue, 'clip_not_found'), access.caller.memberId);
  if (!row || row.cohort_id !== access.cohort.id) throw notFound('clip_not_found');
  return { ...access, row };
}
