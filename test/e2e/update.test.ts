/**
 * Issue 8, re-saving in real Chromium: on a page the chosen cohort already holds, the popup opens on the
 * saved clip (publication date and Kemendagri code shown), and saving changes the server's copy instead
 * of saying "Terkirim" over the old values. An edit of a clip deleted meanwhile is not lost: the popup
 * says so and the outbox saves it as a new clip. Showing the evidence sentence never moves the form.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { api, eventually } from './api.ts';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { chooseCohort, cohortWithInvite, popupFilled, signIn } from './flows.ts';

const env = inject('e2e');
let ext: ExtensionBrowser;
let setup: Awaited<ReturnType<typeof cohortWithInvite>>;
let token: string;
const PAGE = '002_a067dcc1557215c8.html';

beforeAll(async () => {
  ext = await launchWithExtension(env.extensionDir);
  setup = await cohortWithInvite(env, 'Diklatpim III Angkatan 9');
});
afterAll(async () => {
  await ext?.close();
});

const status = (popup: Page) => popup.getByTestId('save-status').textContent();

test('re-saving an already-clipped page changes the server’s copy', async () => {
  token = await signIn(ext, env, setup.invite.url, 'Pak Hendra Widyaiswara');
  const widyaiswara = api(env.workerUrl, token);
  const first = await popupFilled(ext, env, PAGE);
  await chooseCohort(first.popup, setup.cohort.name);
  await first.popup.getByTestId('field-note').fill('Catatan pertama');
  await first.popup.getByTestId('save-button').click();
  await expect.poll(() => status(first.popup), { timeout: 30_000 }).toBe(`Terkirim ke ${setup.cohort.name}.`);
  await first.popup.close();
  await first.page.close();
  const [created] = await eventually(async () => {
    const { items } = await widyaiswara.clips(setup.cohort.id);
    return items.length ? items : undefined;
  });

  const again = await popupFilled(ext, env, PAGE);
  await again.popup.getByTestId('already-here').waitFor({ timeout: 15_000 });
  // The form is the saved clip, not a fresh read of the page.
  await expect.poll(() => again.popup.getByTestId('field-note').inputValue()).toBe('Catatan pertama');
  expect(await again.popup.getByTestId('save-button').textContent()).toBe('Simpan perubahan');
  const regionCode = await again.popup.getByTestId('field-region-code').textContent();
  expect(regionCode).toMatch(/\d{2}\.\d{2}$/);
  expect(created!.record.loci.map((l) => l.regionCode)).toContain(regionCode!.match(/\d{2}\.\d{2}$/)![0]);

  await again.popup.getByTestId('field-note').fill('Catatan kedua, setelah diskusi kelas');
  await again.popup.getByTestId('field-cohortLabel').fill('Angkatan 9');
  await again.popup.getByTestId('field-publishedAt').fill('2024-05-06');
  await again.popup.getByTestId('save-button').click();
  await expect
    .poll(() => status(again.popup), { timeout: 30_000 })
    .toBe(`Perubahan tersimpan di ${setup.cohort.name}.`);

  const stored = await widyaiswara.clip(created!.id);
  expect(stored.note).toBe('Catatan kedua, setelah diskusi kelas');
  expect(stored.record.cohortLabel).toBe('Angkatan 9');
  expect(stored.record.publishedAt).toBe('2024-05-06');
  expect((await widyaiswara.clips(setup.cohort.id)).items).toHaveLength(1);

  // Saving once more in the same popup updates the same clip again.
  await again.popup.getByTestId('field-note').fill('');
  await again.popup.getByTestId('save-button').click();
  await expect.poll(async () => (await widyaiswara.clip(created!.id)).note, { timeout: 30_000 }).toBe('');
  expect((await widyaiswara.clips(setup.cohort.id)).items).toHaveLength(1);
  await again.popup.close();
  await again.page.close();
});

test('an edit of a clip deleted meanwhile says so, and is saved as a new clip on request', async () => {
  const widyaiswara = api(env.workerUrl, token);
  const { popup, page } = await popupFilled(ext, env, PAGE);
  await popup.getByTestId('already-here').waitFor({ timeout: 15_000 });
  const [clip] = (await widyaiswara.clips(setup.cohort.id)).items;
  await setup.organiser.deleteClip(clip!.id);

  await popup.getByTestId('field-note').fill('Koreksi yang tidak boleh hilang');
  await popup.getByTestId('save-button').click();
  await expect
    .poll(() => status(popup), { timeout: 30_000 })
    .toContain(`sudah dihapus dari ${setup.cohort.name}`);
  const item = popup.getByTestId('outbox-item');
  await expect.poll(() => item.getAttribute('data-state')).toBe('failed');
  await popup.getByTestId('outbox-save-as-new').click();

  const recreated = await eventually(async () => {
    const { items } = await widyaiswara.clips(setup.cohort.id);
    return items.length ? items : undefined;
  });
  expect(recreated).toHaveLength(1);
  // A new clip (D1 may hand it the deleted one's id again, but never its clientId).
  expect(recreated[0]!.clientId).not.toBe(clip!.clientId);
  expect(recreated[0]!.note).toBe('Koreksi yang tidak boleh hilang');
  await expect.poll(() => popup.getByTestId('outbox-item').count(), { timeout: 15_000 }).toBe(0);
  await popup.close();
  await page.close();
});

test('showing the evidence sentence never moves the form (popup size, pointer resting on a field)', async () => {
  const { popup, page } = await popupFilled(ext, env, '000_a93199a72369a96d.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByTestId('evidence-slot').waitFor();
  const boxes = () =>
    popup.evaluate(() =>
      ['.dock', '[data-testid="field-participants"]', '[data-testid="field-organiser"]'].map((selector) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        return [Math.round(box.top), Math.round(box.height)];
      }),
    );
  for (const field of ['field-participants', 'field-organiser', 'field-program', 'field-startDate']) {
    const target = popup.getByTestId(field);
    await target.scrollIntoViewIfNeeded();
    await popup.mouse.move(2, 2);
    const before = await boxes();
    const box = (await target.boundingBox())!;
    await popup.mouse.move(box.x + 8, box.y + box.height / 2);
    await popup.getByTestId('evidence').waitFor({ timeout: 2_000 });
    for (let i = 0; i < 5; i++) {
      expect(await boxes(), field).toEqual(before);
      await popup.waitForTimeout(60);
    }
  }
  await popup.close();
  await page.close();
});
