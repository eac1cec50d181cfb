/**
 * Issue 4's main path in real Chromium: sign in with an invite link, open a saved article page, open the
 * popup for it, see the fields prefilled by the extractor, correct one, save, and find the clip through
 * the API and on the cohort's reading page; opening the popup again says it is already clipped.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { api, eventually } from './api.ts';
import { launchWithExtension, type ChromeGlobal, type ExtensionBrowser } from './browser.ts';
import { chooseCohort, cohortWithInvite, popupFilled, signIn } from './flows.ts';

const env = inject('e2e');
let ext: ExtensionBrowser;
let setup: Awaited<ReturnType<typeof cohortWithInvite>>;
let token: string;
const PAGE = '000_a93199a72369a96d.html';
const TITLE = 'Benchmarking Diklat Kepemimpinan Tingkat IV, Bapelkes Semarang ke Banyuwangi';

beforeAll(async () => {
  ext = await launchWithExtension(env.extensionDir);
  setup = await cohortWithInvite(env, 'Diklatpim IV Angkatan XII');
});
afterAll(async () => {
  await ext?.close();
});

describe('clip a page', () => {
  test('signs in through the options page with a widyaiswara invite link', async () => {
    token = await signIn(ext, env, setup.invite.url, 'Bu Sri Widyaiswara');
    expect(token.length).toBeGreaterThan(20);
  });

  test('the popup prefills the review form from the page, a correction is saved and reaches the cohort', async () => {
    const { popup } = await popupFilled(ext, env, PAGE);
    expect(await popup.getByTestId('field-title').inputValue()).toBe(TITLE);
    await expect.poll(() => popup.getByTestId('field-region').inputValue()).toContain('Banyuwangi');
    expect(await popup.getByTestId('field-program').inputValue()).toBe('Diklatpim IV');
    expect(await popup.getByTestId('field-participants').inputValue()).toBe('28');
    expect(await popup.getByTestId('field-organiser').inputValue()).toMatch(
      /Bapelkes Semarang|Balai Pelatihan Kesehatan Semarang/,
    );
    expect(await popup.getByTestId('field-startDate').inputValue()).toBe('2019-03-31');
    expect(await popup.getByTestId('locus').count()).toBeGreaterThanOrEqual(2);
    const agencies = await popup
      .getByTestId('locus-agency')
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    expect(agencies.join(' | ')).toMatch(/RSUD Banyuwangi/);

    // The widyaiswara corrects the cohort label the article leaves out, and adds a note.
    await popup.getByTestId('field-cohortLabel').fill('Angkatan XII');
    await popup.getByTestId('field-note').fill('Contoh inovasi pelayanan publik untuk proyek perubahan.');
    await chooseCohort(popup, setup.cohort.name);
    await popup.getByTestId('save-button').click();
    await expect.poll(() => popup.getByTestId('save-status').textContent(), { timeout: 20_000 }).not.toBe('');

    const widyaiswara = api(env.workerUrl, token);
    const clips = await eventually(async () => {
      const { items } = await widyaiswara.clips(setup.cohort.id);
      return items.length ? items : undefined;
    });
    expect(clips).toHaveLength(1);
    const clip = await widyaiswara.clip(clips[0].id);
    expect(clip.title).toBe(TITLE);
    expect(clip.record.cohortLabel).toBe('Angkatan XII');
    expect(clip.record.participants).toBe(28);
    expect(clip.note).toBe('Contoh inovasi pelayanan publik untuk proyek perubahan.');
    expect(clip.text).toContain('Smart Kampung Ketapang');
    expect(clip.text).not.toContain('Bapelkes Cikarang Gelar Pelatihan'); // a related headline of that page

    const reading = await setup.organiser.readingPage(setup.cohort.slug);
    expect(reading.status).toBe(200);
    expect(reading.html).toContain(TITLE);
    expect(reading.html).toContain('Banyuwangi');
  });

  test('opening the popup on the same page again says it is already clipped', async () => {
    const { popup, page } = await popupFilled(ext, env, PAGE);
    await popup.getByTestId('already-clipped').waitFor({ timeout: 15_000 });
    expect(await popup.getByTestId('already-clipped').textContent()).toContain(setup.cohort.name);
    await popup.close();
    await page.close();
  });
  test('on a page the browser keeps from extensions, the popup says what to do in Bahasa Indonesia', async () => {
    // The extension cannot see this tab's address: it is the one tab that was not there before.
    const worker = await ext.sw();
    const tabIds = () =>
      worker.evaluate(async () =>
        (await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({})).map((tab) => tab.id),
      );
    const before = new Set(await tabIds());
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    const tabId = (await tabIds()).find((id) => !before.has(id));
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByText('Lokus tidak dapat membaca halaman ini.').waitFor({ timeout: 15_000 });
    const text = await popup.locator('body').innerText();
    expect(text).toContain('buka artikelnya di tab biasa');
    expect(text).not.toMatch(/Cannot access|permission/i);
    await popup.close();
    await page.close();
  });
});
