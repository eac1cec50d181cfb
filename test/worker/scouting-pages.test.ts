/**
 * The scouting pages: the ranking with its filters, weights, chart and province map; the comparison; a region
 * page with its grouped visits; the directory; the cohort's own visits recorded on its members page; who may
 * open them; escaping of what the clips say.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  browse,
  clipInput,
  createCohort,
  join,
  postClip,
  record,
  submit,
  type TestCohort,
} from './helpers.ts';

let cohort: TestCohort;
let trainer: string;
let reader: string;

const locus = (regionCode: string, agency: string, innovations: string[]) => ({
  region: null,
  regionCode,
  province: null,
  agency,
  innovations,
});

beforeAll(async () => {
  cohort = await createCohort('Angkatan Penjajakan');
  trainer = (await join(cohort.id, 'widyaiswara', 'Widya Penjajak')).token;
  reader = (await join(cohort.id, 'participant')).token;
  const posts: [string, string, ReturnType<typeof locus>[], string][] = [
    [
      'a.example',
      '2026-02-02',
      [locus('35.10', 'Dinas Kesehatan', ['Sehat Bersama', 'Posyandu Digital'])],
      'PKA',
    ],
    ['b.example', '2025-02-02', [locus('35.10', 'Mal Pelayanan Publik', ['Smart Kampung'])], 'PKA'],
    ['c.example', '2025-03-03', [locus('35.78', 'Dispendukcapil', ['Klampid'])], 'PKA'],
    [
      'd.example',
      '2024-04-04',
      [locus('52.01', 'RSUD Patut Patuh Patju', ['<script>alert(1)</script>'])],
      'PKP',
    ],
  ];
  for (const [host, publishedAt, loci, program] of posts)
    await postClip(
      cohort.id,
      trainer,
      clipInput({
        url: `https://${host}/x`,
        record: record({ publishedAt, loci, program: program as 'PKA' }),
      }),
    );
});

describe('/lokus', () => {
  it('ranks regions with the weights shown, a chart, a province map and the exports', async () => {
    const res = await browse('/lokus');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Penjajakan lokus');
    const order = ['35.10', '35.78', '52.01'].map((code) => html.indexOf(`<tr data-region="${code}">`));
    expect(order[0]).toBeGreaterThan(0);
    expect(order[0]).toBeLessThan(order[1]!);
    expect(html).toContain(
      'Bobot peringkat: Inovasi 3 · Instansi 2 · Sumber 1 · Kebaruan 2 · Kunjungan angkatan kita 2',
    );
    expect(html).toMatch(/<svg class="bar-chart"/);
    expect(html).toMatch(/<svg class="province-map"/);
    expect(html).toContain('data-province="35"');
    expect(html).toContain('href="/lokus/wilayah/35.10#inovasi"');
    expect(html).toContain('href="/api/scouting/regions.csv"');
  });

  it('filters and re-weighs from the form, keeping what was chosen', async () => {
    const health = await (await browse('/lokus?sector=health&province=35')).text();
    expect(health).toContain('<tr data-region="35.10">');
    expect(health).not.toContain('<tr data-region="35.78">');
    expect(health).toContain('<option value="health" selected>');
    const weighed = await (
      await browse('/lokus?w.innovations=0&w.agencies=0&w.recency=0&w.visits=0&w.sources=1')
    ).text();
    expect(weighed).toContain('Inovasi 0 · Instansi 0 · Sumber 1');
    expect(weighed).toContain('href="/api/scouting/regions.csv?w.innovations=0');
  });

  it('says what is wrong with a filter beside it (422) and still ranks by the rest', async () => {
    const res = await browse('/lokus?from=dulu&sector=health');
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('from: tahun empat angka');
    expect(html).toContain('<tr data-region="35.10">');
    expect(html).not.toContain('<tr data-region="35.78">');
  });

  it('compares the ticked regions side by side', async () => {
    const html = await (await browse('/lokus/banding?r=35.10&r=35.78')).text();
    expect(html).toContain('Perbandingan wilayah');
    expect(html.indexOf('Kabupaten Banyuwangi')).toBeLessThan(html.indexOf('Kota Surabaya'));
    expect(await (await browse('/lokus/banding?r=35.10')).text()).toContain('Pilih dua sampai empat wilayah');
  });

  it('is for organisers and widyaiswara only', async () => {
    expect((await browse('/lokus', trainer)).status).toBe(200);
    expect((await browse('/lokus', reader)).status).toBe(403);
    expect((await browse('/lokus/inovasi', reader)).status).toBe(403);
    const anonymous = await browse('/lokus', null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain('href="/masuk?next=/lokus"');
  });
});

describe('a region page and the directory', () => {
  it("shows a region's innovations, agencies, sources and visits, escaping what clips say", async () => {
    const html = await (await browse('/lokus/wilayah/52.01')).text();
    expect(html).toContain('Kabupaten Lombok Barat');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('id="sumber"');
    expect((await browse('/lokus/wilayah/00.00')).status).toBe(404);
  });

  it('finds an innovation in the directory', async () => {
    const html = await (await browse('/lokus/inovasi?q=kampung')).text();
    expect(html).toContain('Smart Kampung');
    expect(html).not.toContain('Klampid');
    expect(html).toContain('href="/lokus/wilayah/35.10#inovasi-smartkampung"');
  });
});

describe("the cohort's own visits", () => {
  it('are recorded on the members page and lower the region on the ranking', async () => {
    const year = new Date().getUTCFullYear();
    const bad = await submit(
      `/c/${cohort.slug}/kunjungan`,
      { count: '1', 'visit.0.region': 'Atlantis', 'visit.0.date': 'kemarin' },
      trainer,
    );
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Wilayah tidak dikenal.');
    expect(badHtml).toContain('value="Atlantis"');
    const ok = await submit(
      `/c/${cohort.slug}/kunjungan`,
      { count: '1', 'visit.0.region': 'Kabupaten Banyuwangi', 'visit.0.date': `${year}-01-15` },
      trainer,
    );
    expect(ok.status).toBe(303);
    expect(await (await browse(`/c/${cohort.slug}/kelola`, trainer)).text()).toContain(
      'value="Kabupaten Banyuwangi"',
    );
    const ranking = await (await browse('/lokus?w.visits=10')).text();
    expect(ranking).toContain(`Angkatan Penjajakan (${year}-01-15)`);
    expect(ranking.indexOf('<tr data-region="35.78">')).toBeLessThan(
      ranking.indexOf('<tr data-region="35.10">'),
    );
    const since = await (await browse(`/lokus?notVisitedSince=${year}`)).text();
    expect(since).not.toContain('<tr data-region="35.10">');
    expect((await submit(`/c/${cohort.slug}/kunjungan`, { count: '0' }, reader)).status).toBe(403);
  });
});
