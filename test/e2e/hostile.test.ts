/**
 * A page whose title and body carry markup (`<img src=x onerror=alert(1)>`, `<script>`): the popup and
 * the side panel show it as text, and no dialog ever opens.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Dialog } from 'playwright-core';
import { api, eventually } from './api.ts';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { chooseCohort, cohortWithInvite, popupFilled, signIn } from './flows.ts';

const env = inject('e2e');
const HOSTILE = '<img src=x onerror=alert(1)>';
let ext: ExtensionBrowser;
const dialogs: string[] = [];

beforeAll(async () => {
  ext = await launchWithExtension(env.extensionDir);
  const watch = (page: { on(e: 'dialog', f: (d: Dialog) => void): void }) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  ext.context.pages().forEach(watch);
  ext.context.on('page', watch);
});
afterAll(async () => {
  await ext?.close();
});

test('hostile titles render as text in the popup and the side panel, and no alert fires', async () => {
  const { cohort, invite } = await cohortWithInvite(env, 'Latsar CPNS Angkatan 7');
  const token = await signIn(ext, env, invite.url, 'Ibu Rina');

  const { popup } = await popupFilled(ext, env, '005_hostile.html');
  expect(await popup.getByTestId('field-title').inputValue()).toBe(HOSTILE);
  expect(await popup.locator('img[src="x"]').count()).toBe(0);
  await chooseCohort(popup, cohort.name);
  await popup.getByTestId('save-button').click();

  const widyaiswara = api(env.workerUrl, token);
  await eventually(async () => ((await widyaiswara.clips(cohort.id)).items.length === 1 ? true : undefined));
  const [clip] = (await widyaiswara.clips(cohort.id)).items;
  expect(clip.title).toBe(HOSTILE);

  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await panel.getByTestId('reading-list').waitFor({ timeout: 15_000 });
  await expect
    .poll(() => panel.getByTestId('clip-title').allTextContents(), { timeout: 15_000 })
    .toContainEqual(expect.stringContaining(HOSTILE));
  expect(await panel.locator('img[src="x"]').count()).toBe(0);
  expect(await panel.getByText(HOSTILE).first().isVisible()).toBe(true);

  // Give any injected handler its chance to run before counting dialogs.
  await new Promise((r) => setTimeout(r, 1_000));
  expect(dialogs).toEqual([]);
});
