/**
 * What a caller may do in a cohort: organisers everything, widyaiswara clip and edit in their cohorts,
 * participants read theirs. A cohort or clip that is not the caller's answers exactly as one that does not
 * exist (404), so ids reveal nothing. Each check reads the thing and the caller's role in one query, and
 * answers a Refusal (never throws): API routes return it as a typed JSON error, pages throw it (orThrow).
 */
import {
  cohortWithRoleStatement,
  listAllCohorts,
  listMemberCohorts,
  rowToCohort,
  type Cohort,
  type CohortListOptions,
  type CohortRole,
  type CohortRow,
  type CohortWithRoleRow,
} from './db/cohorts.ts';
import { clipWithRole, type ClipRow } from './db/clips.ts';
import type { Caller } from './env.ts';
import type { ViewerColumns } from './viewer.ts';
import { isRefusal, refusal, type Refusal } from './errors.ts';

export interface CohortAccess {
  cohort: CohortRow;
  role: CohortRole;
}

/** The caller's cohorts with their role in each, newest first: all of them for an organiser. */
export async function callerCohorts(
  db: D1Database,
  caller: Caller,
  options: CohortListOptions = {},
): Promise<Cohort[]> {
  return caller.organiser
    ? (await listAllCohorts(db, options)).map((row) => rowToCohort(row, 'organiser'))
    : (await listMemberCohorts(db, caller.memberId, options)).map((row) => rowToCohort(row, row.role));
}

type IdKey = 'cohort_not_found' | 'clip_not_found' | 'member_not_found' | 'invite_not_found';

/**
 * A path parameter as an id: a canonical positive integer ("42"), never "0x10", "042", "1 " or "1e3".
 * @example idParam('42', 'clip_not_found') // 42
 */
export function idParam(value: string, what: IdKey): number | Refusal {
  return /^[1-9]\d{0,14}$/.test(value) ? Number(value) : refusal(404, 'not_found', what);
}

/** A cohort row read with the caller's role (cohortWithRoleStatement), as access or 404. */
export function accessOf(row: CohortWithRoleRow | undefined | null): CohortAccess | Refusal {
  const role = row?.viewer_role;
  if (!row || !role) return refusal(404, 'not_found', 'cohort_not_found');
  const {
    viewer_role: _role,
    viewer_id: _id,
    viewer_name: _name,
    viewer_organiser: _organiser,
    ...cohort
  } = row as CohortWithRoleRow & Partial<ViewerColumns>;
  return { cohort, role };
}

/**
 * The cohort and the caller's role in it, or 404 when there is no such cohort for this caller; `may` refuses
 * roles that may not do what is asked (editorOnly …).
 */
export async function cohortAccess(
  db: D1Database,
  caller: Caller,
  idValue: string | number,
  may: (role: CohortRole) => Refusal | null = () => null,
): Promise<CohortAccess | Refusal> {
  const id = typeof idValue === 'number' ? idValue : idParam(idValue, 'cohort_not_found');
  if (typeof id !== 'number') return id;
  const access = accessOf(await cohortWithRoleStatement(db, id, caller).first<CohortWithRoleRow>());
  return isRefusal(access) ? access : (may(access.role) ?? access);
}

/** The clip (with the caller's read mark) and the caller's role in its cohort, or 404 as above. */
export async function clipAccess(
  db: D1Database,
  caller: Caller,
  idValue: string,
  may: (role: CohortRole) => Refusal | null = () => null,
): Promise<{ row: ClipRow; role: CohortRole } | Refusal> {
  const id = idParam(idValue, 'clip_not_found');
  if (typeof id !== 'number') return id;
  const found = await clipWithRole(db, id, caller);
  if (!found?.role) return refusal(404, 'not_found', 'clip_not_found');
  return may(found.role) ?? { row: found.row, role: found.role };
}

/** 403 unless the role may write clips and see the cohort's members and progress. */
export function editorOnly(role: CohortRole): Refusal | null {
  return role === 'organiser' || role === 'widyaiswara'
    ? null
    : refusal(403, 'forbidden', 'widyaiswara_only');
}

/** 403 unless the caller is the institution's organiser. */
export function organiserOnly(caller: Caller): Refusal | null {
  return caller.organiser ? null : refusal(403, 'forbidden', 'organiser_only');
}
