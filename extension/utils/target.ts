/**
 * Where the review form's save goes: an update of the clip the chosen cohort already holds for this page,
 * else a new clip in that cohort (which, should the server turn out to hold the page after all, updates
 * it). Pure: the popup hands in what it knows.
 */
import type { LookupHit } from './api.ts';
import type { ClipTarget } from './outbox.ts';
import type { CohortChoice, Membership } from './storage.ts';

/** The look-up hits in cohorts the account still belongs to (archived ones are gone); all while unknown. */
export function hitsIn(hits: readonly LookupHit[], memberships: readonly Membership[]): LookupHit[] {
  if (!memberships.length) return [...hits];
  const ids = new Set(memberships.map((m) => m.cohortId));
  return hits.filter((hit) => ids.has(hit.cohortId));
}

/** The clip the chosen cohort already holds for this page, if any. */
export function hitFor(hits: readonly LookupHit[], cohortId: number | null): LookupHit | null {
  return cohortId == null ? null : (hits.find((hit) => hit.cohortId === cohortId) ?? null);
}

/**
 * The target of a save from the form.
 * @example formTarget({ cohortId: 7, cohorts, hits: [{ cohortId: 7, clipId: 41, … }] }) // { kind: 'update', clipId: 41, … }
 */
export function formTarget(input: {
  cohortId: number | null;
  cohorts: readonly CohortChoice[];
  hits: readonly LookupHit[];
  /** The queued clip being edited from the outbox list, when it is an update: it stays one. */
  editing?: ClipTarget | null;
}): ClipTarget {
  if (input.editing?.kind === 'update') return input.editing;
  const hit = input.editing ? null : hitFor(input.hits, input.cohortId);
  if (hit) {
    return { kind: 'update', clipId: hit.clipId, cohortId: hit.cohortId, cohortName: hit.cohortName };
  }
  const cohortName = input.cohorts.find((c) => c.id === input.cohortId)?.name ?? '';
  return { kind: 'create', cohortId: input.cohortId, cohortName, ifExists: 'update' };
}
