/** What a widyaiswara does, step by step, in the extension's own pages (found by their data-testid). */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from './api.ts';
import { openPopupFor, type ChromeGlobal, type ExtensionBrowser } from './browser.ts';

export interface E2eEnv {
  pagesUrl: string;
  workerUrl: string;
  worker: { adminToken: string };
}

/** The organiser (ADMIN_TOKEN) makes a cohort and a widyaiswara invite link for it. */
export async function cohortWithInvite(env: E2eEnv, name: string) {
  const organiser = api(env.workerUrl, env.worker.adminToken);
  const cohort = await organiser.createCohort(`${name} ${Date.now().toString(36)}`);
  const invite = await organiser.invite(cohort.id, 'widyaiswara');
  return { cohort, invite, organiser };
}

/** Signs in through the options page by pasting the invite link; resolves with the stored token. */
export async function signIn(
  ext: ExtensionBrowser,
  env: E2eEnv,
  inviteUrl: string,
  name: string,
): Promise<string> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByTestId('options-server').fill(env.workerUrl);
  await options.getByTestId('options-invite').fill(inviteUrl);
  await options.getByTestId('options-name').fill(name);
  await options.getByTestId('options-signin').click();
  await expect
    .poll(() => options.getByTestId('options-status').textContent(), { timeout: 15_000 })
    .toContain(name);
  const token = await storedToken(ext);
  expect(typeof token).toBe('string');
  await options.close();
  return token as string;
}

/**
 * Joins a further cohort by pasting its invite link into the options page of a signed-in extension: no
 * name is asked, the button says "Gabung", and the stored token stays the same.
 */
export async function joinCohort(ext: ExtensionBrowser, inviteUrl: string, cohortName: string) {
  const tokenBefore = await storedToken(ext);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByTestId('options-account-name').waitFor({ timeout: 15_000 });
  await options.getByTestId('options-invite').fill(inviteUrl);
  expect(await options.getByTestId('options-name').count()).toBe(0);
  expect(await options.getByTestId('options-signin').textContent()).toBe('Gabung');
  await options.getByTestId('options-signin').click();
  await expect
    .poll(() => options.getByTestId('options-status').textContent(), { timeout: 15_000 })
    .toContain(`Bergabung dengan ${cohortName}`);
  await expect
    .poll(() => options.getByTestId('options-cohort').allTextContents(), { timeout: 15_000 })
    .toContainEqual(expect.stringContaining(cohortName));
  expect(await storedToken(ext)).toBe(tokenBefore);
  return options;
}

/** The token the extension holds. */
async function storedToken(ext: ExtensionBrowser): Promise<string | null> {
  const sw = await ext.sw();
  return (await sw.evaluate(async () => {
    const { token } = await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('token');
    return token ?? null;
  })) as string | null;
}

/** Opens the popup for a saved page and waits until the review form is filled. */
export async function popupFilled(ext: ExtensionBrowser, env: E2eEnv, file: string) {
  const opened = await openPopupFor(ext, `${env.pagesUrl}/${file}`);
  await opened.popup.getByTestId('review-form').waitFor({ timeout: 20_000 });
  await expect.poll(() => opened.popup.getByTestId('field-title').inputValue()).not.toBe('');
  return opened;
}

/** Picks the cohort by name in the popup (the option appears once the cohort list has loaded). */
export async function chooseCohort(popup: Page, cohortName: string) {
  const select = popup.getByTestId('field-cohort');
  await expect
    .poll(() => select.locator('option').allTextContents(), { timeout: 15_000 })
    .toContain(cohortName);
  await select.selectOption({ label: cohortName });
}
