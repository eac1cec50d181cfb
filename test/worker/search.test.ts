/** Full-text search over Indonesian clips: words, prefixes, agencies/innovations, accents, hostile queries. */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, clipInput, createCohort, expectJson, postClip, record } from './helpers.ts';

let cohortId: number;
const ids: Record<string, number> = {};

beforeAll(async () => {
  cohortId = (await createCohort()).id;
  const post = async (
    key: string,
    title: string,
    text: string,
    agency: string | null,
    innovations: string[],
  ) => {
    const rec = record({
      loci: [{ region: null, regionCode: '32.73', province: null, agency, innovations }],
    });
    ids[key] = (await postClip(cohortId, 'test-admin-token', clipInput({ title, text, record: rec }))).id;
  };
  await post(
    'kesehatan',
    'Benchmarking Diklatpim IV ke Kota Bandung',
    'Peserta mempelajari layanan kesehatan keliling bagi warga lanjut usia.',
    'Dinas Kesehatan Kota Bandung',
    ['Layad Rawat'],
  );
  await post(
    'pelayanan',
    'Studi lapangan PKA: Mal Pelayanan Publik',
    'Pelayanannya terpadu dalam satu gedung; perizinan selesai dalam sehari.',
    'Mal Pelayanan Publik',
    ['Sistem Antrean Daring'],
  );
  await post(
    'desa',
    'Observasi lapangan ke desa digital',
    'Kepala desa memaparkan program pemberdayaan masyarakat dan Desa Wisata Osing.',
    null,
    [],
  );
});

const search = async (q: string) =>
  (await expectJson(call('GET', `/api/cohorts/${cohortId}/clips?q=${encodeURIComponent(q)}`), 200)).items.map(
    (c: any) => c.id,
  );

describe('search', () => {
  it('finds words in the title and the text', async () => {
    expect(await search('kesehatan')).toEqual([ids.kesehatan]);
    expect(await search('perizinan')).toEqual([ids.pelayanan]);
  });

  it('matches word prefixes, so suffixed forms are found', async () => {
    expect(await search('pelayanan')).toEqual([ids.pelayanan]);
    expect(await search('pemberdaya')).toEqual([ids.desa]);
    expect(await search('lapang')).toEqual(expect.arrayContaining([ids.pelayanan, ids.desa]));
  });

  it('finds agencies and innovations of the loci', async () => {
    expect(await search('layad rawat')).toEqual([ids.kesehatan]);
    expect(await search('antrean daring')).toEqual([ids.pelayanan]);
  });

  it('requires every word and ignores case and accents', async () => {
    expect(await search('DESA osing')).toEqual([ids.desa]);
    expect(await search('désa ósing')).toEqual([ids.desa]);
    expect(await search('desa kesehatan')).toEqual([]);
  });

  it('never fails on FTS syntax in the query', async () => {
    for (const q of [
      '"',
      'NEAR(',
      'title:desa',
      'desa*)',
      '-desa',
      'AND OR NOT',
      '^',
      "'; DROP TABLE clips; --",
      '()',
    ]) {
      const res = await call('GET', `/api/cohorts/${cohortId}/clips?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
    expect(await search('"desa')).toEqual([ids.desa]);
  });
});
