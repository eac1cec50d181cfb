/**
 * A clip made from a context-menu quote carries an empty record (the background has no extractor). When
 * the popup opens on that page, the form shows the saved clip with the record read from the page, and
 * saving puts that record on the server's clip, its quote kept.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { emptyLocusRecord } from '../../shared/schema/locus-record.ts';
import { api, eventually } from './api.ts';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { chooseCohort, cohortWithInvite, popupFilled, signIn } from './flows.ts';

const env = inject('e2e');
let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithExtension(env.extensionDir);
});
afterAll(async () => {
  await ext?.close();
});

test('the popup fills a quote-made clip’s empty record from the page, and saving stores it', async () => {
  const { cohort, invite } = await cohortWithInvite(env, 'PKP Angkatan II');
  const token = await signIn(ext, env, invite.url, 'Bu Rina Widyaiswara');
  const widyaiswara = api(env.workerUrl, token);
  const pageUrl = `${env.pagesUrl}/002_a067dcc1557215c8.html`;
  const quote = 'Peserta belajar inovasi pelayanan publik di Kota Bandung.';
  // What the background sends for a context-menu quote on a page no clip holds yet.
  const made = await widyaiswara.postClip(cohort.id, {
    clientId: randomUUID(),
    url: pageUrl,
    title: 'Menggali Ide Inovasi di Kota Kembang',
    text: quote,
    record: emptyLocusRecord('Menggali Ide Inovasi di Kota Kembang'),
    quotes: [quote],
  } as Parameters<typeof widyaiswara.postClip>[1]);
  expect(made.record.loci).toEqual([]);

  const { popup, page } = await popupFilled(ext, env, '002_a067dcc1557215c8.html');
  await chooseCohort(popup, cohort.name);
  await popup.getByTestId('already-here').waitFor({ timeout: 15_000 });
  expect(await popup.getByTestId('save-button').textContent()).toBe('Simpan perubahan');
  // The page's region, not the blank one the server holds.
  await expect.poll(() => popup.getByTestId('field-region').inputValue()).not.toBe('');
  await popup.getByTestId('save-button').click();

  const stored = await eventually(async () => {
    const clip = await widyaiswara.clip(made.id);
    return clip.record.loci.length ? clip : undefined;
  });
  expect(stored.record.loci[0]!.regionCode).toMatch(/^\d{2}\.\d{2}$/);
  expect(stored.quotes).toContain(quote);
  expect((await widyaiswara.clips(cohort.id)).items).toHaveLength(1);
  await popup.close();
  await page.close();
});
