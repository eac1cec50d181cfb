/**
 * Issue 8, the side panel in real Chromium: with more clips in a cohort than one page holds, each region
 * heading counts the whole cohort (the worker's per-region counts), not the clips loaded so far.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { emptyLocusRecord, type Locus } from '../../shared/schema/locus-record.ts';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { cohortWithInvite, signIn } from './flows.ts';

const env = inject('e2e');
let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithExtension(env.extensionDir);
});
afterAll(async () => {
  await ext?.close();
});

const BANYUWANGI: Locus = {
  region: 'Kabupaten Banyuwangi',
  regionCode: '35.10',
  province: 'Jawa Timur',
  agency: 'Mal Pelayanan Publik',
  innovations: [],
};
const BANDUNG: Locus = {
  region: 'Kota Bandung',
  regionCode: '32.73',
  province: 'Jawa Barat',
  agency: 'Dinas Kesehatan',
  innovations: [],
};

test('region headings count the whole cohort while the list shows its first page', async () => {
  const { cohort, invite, organiser } = await cohortWithInvite(env, 'PKN II Angkatan 3');
  // 25 clips in Banyuwangi, then the 3 newest in Bandung: the first page (20) holds 17 of Banyuwangi's.
  const post = (n: number, locus: Locus) =>
    organiser.postClip(cohort.id, {
      clientId: `sidepanel-counts-${n}-${cohort.id}`,
      url: `https://berita.example.id/kunjungan/${cohort.id}/${n}`,
      title: `Kunjungan belajar ${n} ke ${locus.region}`,
      text: `Peserta berkunjung ke ${locus.region}.`,
      record: { ...emptyLocusRecord(`Kunjungan belajar ${n}`), loci: [locus] },
    });
  for (let n = 1; n <= 25; n++) await post(n, BANYUWANGI);
  for (let n = 26; n <= 28; n++) await post(n, BANDUNG);
  await signIn(ext, env, invite.url, 'Ibu Wulan Widyaiswara');

  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await expect.poll(() => panel.getByTestId('clip-title').count(), { timeout: 15_000 }).toBe(20);
  const heading = (name: string) => panel.locator('section.region', { hasText: name }).locator('.count');
  await expect
    .poll(() => heading('Kabupaten Banyuwangi').textContent(), { timeout: 15_000 })
    .toBe('25 kliping');
  expect(await heading('Kota Bandung').textContent()).toBe('3 kliping');
  expect(await panel.getByTestId('sidepanel-total').textContent()).toContain('20 dari 28 kliping dimuat');

  await panel.getByTestId('sidepanel-more').click();
  await expect.poll(() => panel.getByTestId('clip-title').count(), { timeout: 15_000 }).toBe(28);
  expect(await heading('Kabupaten Banyuwangi').textContent()).toBe('25 kliping');
  expect(await panel.getByTestId('sidepanel-total').textContent()).toBe('28 kliping di angkatan ini.');
  await panel.close();
});
