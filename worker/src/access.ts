/**
 * What a caller may do in a cohort: organisers everything, widyaiswara clip and edit in their cohorts,
 * participants read theirs. Unknown cohort → 404; known but not theirs → 403.
 */
import {
  cohortById,
  listAllCohorts,
  listMemberCohorts,
  rowToCohort,
  type Cohort,
  type CohortListOptions,
  type CohortRole,
  type CohortRow,
} from './db/cohorts.ts';
import { membershipOf } from './db/memberships.ts';
import type { Caller } from './env.ts';
import { ApiError, forbidden, notFound } from './errors.ts';

export interface CohortAccess {
  cohort: CohortRow;
  role: CohortRole;
}

/** The caller's role in a cohort, or null when they have none. */
export async function roleIn(db: D1Database, caller: Caller, cohortId: number): Promise<CohortRole | null> {
  if (caller.organiser) return 'organiser';
  const membership = await membershipOf(db, caller.memberId, cohortId);
  return membership?.role ?? null;
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

/** The cohort and the caller's role in it; throws 404 for no such cohort, 403 when it is not theirs. */
export async function cohortAccess(db: D1Database, caller: Caller, cohortId: number): Promise<CohortAccess> {
  const [cohort, role] = await Promise.all([cohortById(db, cohortId), roleIn(db, caller, cohortId)]);
  if (!cohort) throw notFound('cohort_not_found');
  if (!role) throw forbidden('not_in_cohort');
  return { cohort, role };
}

/** Throws 403 unless the role may write clips and see the cohort's members and progress. */
export function requireEditor(role: CohortRole): void {
  if (role !== 'organiser' && role !== 'widyaiswara') throw forbidden('widyaiswara_only');
}

export function requireOrganiser(caller: Caller): void {
  if (!caller.organiser) throw forbidden('organiser_only');
}

/** A positive integer id from a path parameter, else 404 (no such thing can exist). */
export function idParam(
  value: string,
  what: 'cohort_not_found' | 'clip_not_found' | 'member_not_found' | 'invite_not_found',
): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new ApiError(404, 'not_found', what);
  return Number(value);
}
