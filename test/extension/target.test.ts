import { describe, expect, it } from 'vitest';
import { formTarget, hitFor, hitsIn } from '../../extension/utils/target.ts';
import type { Membership } from '../../extension/utils/storage.ts';

const cohorts = [
  { id: 7, name: 'PKA Angkatan II' },
  { id: 9, name: 'PKP Angkatan V' },
];
const hits = [
  { cohortId: 7, cohortName: 'PKA Angkatan II', slug: 'pka-ii-a1', clipId: 41 },
  { cohortId: 12, cohortName: 'Diklatpim IV (diarsipkan)', slug: 'dp-iv-z9', clipId: 3 },
];
const memberships: Membership[] = [
  { cohortId: 7, cohortName: 'PKA Angkatan II', slug: 'pka-ii-a1', role: 'widyaiswara' },
  { cohortId: 9, cohortName: 'PKP Angkatan V', slug: 'pkp-v-b2', role: 'widyaiswara' },
];

describe('formTarget', () => {
  it('updates the clip the chosen cohort already holds for the page', () => {
    expect(formTarget({ cohortId: 7, cohorts, hits })).toEqual({
      kind: 'update',
      clipId: 41,
      cohortId: 7,
      cohortName: 'PKA Angkatan II',
    });
  });

  it('creates in a cohort without it, asking the outbox to update should the server hold it after all', () => {
    expect(formTarget({ cohortId: 9, cohorts, hits })).toEqual({
      kind: 'create',
      cohortId: 9,
      cohortName: 'PKP Angkatan V',
      ifExists: 'update',
    });
    expect(formTarget({ cohortId: null, cohorts, hits })).toMatchObject({ kind: 'create', cohortId: null });
  });

  it('keeps a queued clip being edited on its own target, not the page’s', () => {
    const queuedUpdate = { kind: 'update' as const, clipId: 5, cohortId: 9, cohortName: 'PKP Angkatan V' };
    expect(formTarget({ cohortId: 7, cohorts, hits, editing: queuedUpdate })).toBe(queuedUpdate);
    const queuedCreate = { kind: 'create' as const, cohortId: 7, cohortName: 'PKA Angkatan II' };
    expect(formTarget({ cohortId: 7, cohorts, hits, editing: queuedCreate })).toMatchObject({
      kind: 'create',
      cohortId: 7,
      ifExists: 'update',
    });
  });
});

describe('hits', () => {
  it('leaves out cohorts the account no longer belongs to (archived), keeps all while unknown', () => {
    expect(hitsIn(hits, memberships).map((h) => h.cohortId)).toEqual([7]);
    expect(hitsIn(hits, [])).toEqual(hits);
    expect(hitFor(hits, 7)?.clipId).toBe(41);
    expect(hitFor(hits, 9)).toBeNull();
    expect(hitFor(hits, null)).toBeNull();
  });
});
