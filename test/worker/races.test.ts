/**
 * Writes that race: twenty posts of one clip with a quote each keep every quote, and an edit racing a delete
 * answers 200 or 404 — never a 500 — and leaves no half-written clip behind.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, clipInput, createCohort, expectJson, join, postClip, record } from './helpers.ts';

describe('parallel writes', () => {
  it('keep every quote of twenty simultaneous posts of one clip', async () => {
    const cohort = await createCohort();
    const trainer = (await join(cohort.id, 'widyaiswara')).token;
    const input = clipInput({ quotes: ['kutipan 0'] });
    const first = await postClip(cohort.id, trainer, input);
    const posts = Array.from({ length: 20 }, (_, i) =>
      call('POST', `/api/cohorts/${cohort.id}/clips`, {
        token: trainer,
        body: { ...input, quotes: [`kutipan ${i + 1}`, 'kutipan 0'] },
      }),
    );
    const answers = await Promise.all(posts);
    expect(answers.map((res) => res.status)).toEqual(Array(20).fill(200));
    const clip = await expectJson(call('GET', `/api/clips/${first.id}`, { token: trainer }), 200);
    expect(clip.quotes).toHaveLength(21);
    expect(new Set(clip.quotes)).toEqual(new Set(Array.from({ length: 21 }, (_, i) => `kutipan ${i}`)));
    expect(clip.quotes[0]).toBe('kutipan 0');
  });

  it('answer an edit racing a delete with 200 or 404, never 500, and leave no half-written clip', async () => {
    const cohort = await createCohort();
    const trainer = (await join(cohort.id, 'widyaiswara')).token;
    for (let round = 0; round < 8; round++) {
      const { id } = await postClip(cohort.id, trainer);
      const [edit, removal] = await Promise.all([
        call('PATCH', `/api/clips/${id}`, {
          token: trainer,
          body: {
            record: record({
              loci: [
                {
                  region: null,
                  regionCode: '35.78',
                  province: null,
                  agency: 'Bapenda',
                  innovations: ['Pajak Online'],
                },
              ],
            }),
          },
        }),
        call('DELETE', `/api/clips/${id}`, { token: trainer }),
      ]);
      expect([200, 404], await edit.clone().text()).toContain(edit.status);
      expect([200, 404]).toContain(removal.status);
      if (edit.status === 404)
        expect(((await edit.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    const orphans = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM loci WHERE clip_id NOT IN (SELECT id FROM clips)) +
              (SELECT count(*) FROM clip_awards WHERE clip_id NOT IN (SELECT id FROM clips)) AS n`,
    ).first<{ n: number }>();
    expect(orphans!.n).toBe(0);
  });
});
