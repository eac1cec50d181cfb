/**
 * Scouting in Chromium against wrangler dev: the organiser opens /lokus, the chart and the province map draw, a
 * filter and a weight change the list, two ticked regions are compared, a region page and the directory open.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api } from './api.ts';
import { launchPlain, LAPTOP, person } from './plain-browser.ts';

const env = inject('e2e');
let browser: Browser;
let organiser: Page;

/**
 * Clips in two cohorts, in Kalimantan where no other e2e test clips: Samarinda rich in innovations, Banjarmasin
 * with more sources, Pontianak health only.
 */
async function seed() {
  const admin = api(env.workerUrl, env.worker.adminToken);
  const suffix = Date.now().toString(36);
  const cohorts = [
    await admin.createCohort(`Penjajakan A ${suffix}`),
    await admin.createCohort(`Penjajakan B ${suffix}`),
  ];
  let n = 0;
  const post = async (
    cohortId: number,
    host: string,
    year: number,
    regionCode: string,
    agency: string,
    innovations: string[],
  ) => {
    n++;
    const res = await fetch(`${env.workerUrl}/api/cohorts/${cohortId}/clips`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.worker.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: `scout-e2e-${suffix}-${n}`,
        url: `https://${host}/berita/${suffix}/${n}`,
        title: `Kliping penjajakan ${n}`,
        text: 'Teks kliping.',
        record: {
          title: null,
          publishedAt: `${year}-05-05`,
          program: 'PKA',
          cohortLabel: null,
          organiser: null,
          participants: null,
          startDate: null,
          endDate: null,
          loci: [{ region: null, regionCode, province: null, agency, innovations }],
        },
      }),
    });
    expect(res.status).toBe(201);
  };
  await post(cohorts[0]!.id, 'kompas.com', 2026, '64.72', 'Dinas Kesehatan', [
    'Sehat Keliling',
    'Posyandu Pintar',
  ]);
  await post(cohorts[1]!.id, 'detik.com', 2025, '64.72', 'Mal Pelayanan Publik', [
    'Smart Kampung',
    'Izin Kilat',
  ]);
  await post(cohorts[0]!.id, 'jawapos.com', 2021, '63.71', 'Dispendukcapil', ['Klampid']);
  await post(cohorts[1]!.id, 'antaranews.com', 2021, '63.71', 'Dispendukcapil', ['Klampid']);
  await post(cohorts[0]!.id, 'tempo.co', 2021, '63.71', 'Bapenda', ['Pajak Online']);
  await post(cohorts[1]!.id, 'pikiran-rakyat.com', 2024, '61.71', 'Dinkes Kota Bandung', ['Layad Rawat']);
}

beforeAll(async () => {
  await seed();
  browser = await launchPlain();
  organiser = await person(browser, LAPTOP);
  await organiser.goto(`${env.workerUrl}/masuk?next=/lokus`);
  await organiser.fill('#token', env.worker.adminToken);
  await organiser.click('button[type=submit]');
  await organiser.waitForURL(`${env.workerUrl}/lokus`);
});
afterAll(async () => {
  await browser?.close();
});

const MINE = ['64.72', '63.71', '61.71'];
/** The ranked order of this test's own regions (other e2e tests clip elsewhere). */
const rankedCodes = async (page: Page) =>
  (
    await page
      .locator('table.ranking tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-region')))
  ).filter((code) => MINE.includes(code!));

describe('scouting in the browser', () => {
  it('draws the chart and the province map, and ranks the regions', async () => {
    const bars = organiser.locator('svg.bar-chart rect');
    expect(await bars.count()).toBeGreaterThanOrEqual(3);
    expect((await bars.first().boundingBox())!.width).toBeGreaterThan(50);
    expect(await organiser.locator('svg.province-map rect').count()).toBe(38);
    const kaltim = await organiser
      .locator('svg.province-map a[data-province="64"] rect')
      .getAttribute('fill');
    const kaltara = await organiser
      .locator('svg.province-map a[data-province="65"] rect')
      .getAttribute('fill');
    expect(kaltim).not.toBe(kaltara);
    expect(await rankedCodes(organiser)).toEqual(['64.72', '63.71', '61.71']);
  });

  it('changes the list with a filter and with a weight', async () => {
    await organiser.selectOption('#f-sector', 'health');
    await organiser.click('form.scout-filters button[type=submit]');
    await organiser.waitForURL(/sector=health/);
    expect(await rankedCodes(organiser)).toEqual(['64.72', '61.71']);
    await organiser.goto(`${env.workerUrl}/lokus`);
    await organiser.click('details.weights summary');
    for (const key of ['innovations', 'agencies', 'recency', 'visits'])
      await organiser.fill(`#f-w-${key}`, '0');
    await organiser.fill('#f-w-sources', '5');
    await organiser.click('form.scout-filters button[type=submit]');
    await organiser.waitForURL(/w\.sources=5/);
    // Banjarmasin has three sources against Samarinda's two: by sources alone it leads.
    expect((await rankedCodes(organiser))[0]).toBe('63.71');
  });

  it('compares two ticked regions side by side, and opens a region and the directory', async () => {
    await organiser.goto(`${env.workerUrl}/lokus`);
    await organiser.check('tr[data-region="64.72"] input[name=r]');
    await organiser.check('tr[data-region="61.71"] input[name=r]');
    await organiser.click('form[action="/lokus/banding"] button[type=submit]');
    await organiser.waitForURL(/\/lokus\/banding/);
    const heads = await organiser.locator('table.compare thead th[scope=col]').allTextContents();
    expect(heads).toEqual(['Kota Samarinda', 'Kota Pontianak']);
    await organiser.click('table.compare thead a >> text=Kota Samarinda');
    await organiser.waitForURL(/\/lokus\/wilayah\/64\.72/);
    expect(await organiser.locator('#inovasi tbody tr').count()).toBe(4);
    await organiser.goto(`${env.workerUrl}/lokus/inovasi?q=klampid`);
    expect(await organiser.locator('table.directory tbody tr td a strong').allTextContents()).toContain(
      'Klampid',
    );
  });
});
