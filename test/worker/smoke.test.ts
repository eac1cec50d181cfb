import { expect, it } from 'vitest';
import { call, createCohort, expectJson, join, postClip } from './helpers.ts';

it('runs a cohort end to end', async () => {
  const cohort = await createCohort();
  const w = await join(cohort.id, 'widyaiswara');
  const clip = await postClip(cohort.id, w.token);
  expect(clip.id).toBeGreaterThan(0);
  const list = await expectJson(
    call('GET', `/api/cohorts/${cohort.id}/clips?q=inova`, { token: w.token }),
    200,
  );
  expect(list.items).toHaveLength(1);
});
