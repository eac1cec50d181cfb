/**
 * Issue 8, one account in real Chromium: a widyaiswara signs in with one invite link, pastes a second
 * one into the options (same token, no second person), clips the same page into both cohorts from the
 * popup, sees both in the "already clipped" notice and the side panel; an archived cohort then leaves
 * the extension's lists.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { api, eventually } from './api.ts';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { chooseCohort, cohortWithInvite, joinCohort, popupFilled, signIn } from './flows.ts';

const env = inject('e2e');
let ext: ExtensionBrowser;
const PAGE = '001_5cfa8ae548e3a5be.html';

beforeAll(async () => {
  ext = await launchWithExtension(env.extensionDir);
});
afterAll(async () => {
  await ext?.close();
});

const cohortOptions = (popup: Page) =>
  popup.getByTestId('field-cohort').locator('option:not([disabled])').allTextContents();

async function saveAndWait(popup: Page, expected: string) {
  await popup.getByTestId('save-button').click();
  await expect.poll(() => popup.getByTestId('save-status').textContent(), { timeout: 30_000 }).toBe(expected);
}

test('a widyaiswara joins two cohorts and clips into both from the extension', async () => {
  const pka = await cohortWithInvite(env, 'PKA Angkatan IV');
  const pkp = await cohortWithInvite(env, 'PKP Angkatan II');
  const token = await signIn(ext, env, pka.invite.url, 'Bu Ratna Widyaiswara');
  const options = await joinCohort(ext, pkp.invite.url, pkp.cohort.name);
  await options.close();

  // One person, one token, both cohorts.
  const widyaiswara = api(env.workerUrl, token);
  const me = await widyaiswara.me();
  expect(me.name).toBe('Bu Ratna Widyaiswara');
  expect(me.memberships.map((m) => [m.cohortId, m.role]).sort()).toEqual(
    [
      [pka.cohort.id, 'widyaiswara'],
      [pkp.cohort.id, 'widyaiswara'],
    ].sort(),
  );

  // The popup offers both; the page goes into the first.
  const first = await popupFilled(ext, env, PAGE);
  await expect.poll(() => cohortOptions(first.popup), { timeout: 15_000 }).toHaveLength(2);
  expect((await cohortOptions(first.popup)).sort()).toEqual([pka.cohort.name, pkp.cohort.name].sort());
  await chooseCohort(first.popup, pka.cohort.name);
  await saveAndWait(first.popup, `Terkirim ke ${pka.cohort.name}.`);
  const title = await first.popup.getByTestId('field-title').inputValue();
  await first.popup.close();
  await first.page.close();

  // Again on the same page: the notice names the first cohort; choosing the second makes a new clip there.
  const second = await popupFilled(ext, env, PAGE);
  await second.popup.getByTestId('already-here').waitFor({ timeout: 15_000 });
  expect(await second.popup.getByTestId('already-here').textContent()).toContain(
    `Sudah dikliping di ${pka.cohort.name} — perubahan Anda memperbarui kliping itu.`,
  );
  expect(await second.popup.getByTestId('save-button').textContent()).toBe('Simpan perubahan');
  await chooseCohort(second.popup, pkp.cohort.name);
  expect(await second.popup.getByTestId('save-button').textContent()).toBe('Simpan');
  expect(await second.popup.getByTestId('already-elsewhere').textContent()).toContain(
    `Juga dikliping di ${pka.cohort.name}.`,
  );
  await saveAndWait(second.popup, `Terkirim ke ${pkp.cohort.name}.`);
  await second.popup.close();
  await second.page.close();

  const inPka = await eventually(async () => {
    const { items } = await widyaiswara.clips(pka.cohort.id);
    return items.length ? items : undefined;
  });
  const inPkp = await eventually(async () => {
    const { items } = await widyaiswara.clips(pkp.cohort.id);
    return items.length ? items : undefined;
  });
  expect(inPka.map((c) => c.title)).toEqual([title]);
  expect(inPkp.map((c) => c.title)).toEqual([title]);
  expect(inPka[0]!.id).not.toBe(inPkp[0]!.id);

  // A third visit names both cohorts.
  const third = await popupFilled(ext, env, PAGE);
  await third.popup.getByTestId('already-here').waitFor({ timeout: 15_000 });
  expect(await third.popup.getByTestId('already-here').textContent()).toContain(pkp.cohort.name);
  expect(await third.popup.getByTestId('already-elsewhere').allTextContents()).toEqual([
    expect.stringContaining(pka.cohort.name),
  ]);
  await third.popup.close();
  await third.page.close();

  // The side panel reads either cohort.
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await expect
    .poll(() => panel.getByTestId('sidepanel-cohort').locator('option').allTextContents(), {
      timeout: 15_000,
    })
    .toHaveLength(2);
  await panel.getByTestId('sidepanel-cohort').selectOption({ label: pka.cohort.name });
  // A clip visiting several places is listed under each: one title, however many entries.
  await expect
    .poll(async () => [...new Set(await panel.getByTestId('clip-title').allTextContents())], {
      timeout: 15_000,
    })
    .toEqual([title]);
  await panel.close();

  // The organiser archives the second cohort: it leaves the options, the popup and the notice.
  await pka.organiser.archiveCohort(pkp.cohort.id);
  const after = await ext.context.newPage();
  await after.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect
    .poll(() => after.getByTestId('options-cohort').allTextContents(), { timeout: 15_000 })
    .toEqual([expect.stringContaining(pka.cohort.name)]);
  await after.close();
  const last = await popupFilled(ext, env, PAGE);
  await expect.poll(() => cohortOptions(last.popup), { timeout: 15_000 }).toEqual([pka.cohort.name]);
  await last.popup.getByTestId('already-here').waitFor({ timeout: 15_000 });
  expect(await last.popup.getByTestId('already-here').textContent()).toContain(pka.cohort.name);
  expect(await last.popup.getByTestId('already-elsewhere').count()).toBe(0);
  await last.popup.close();
  await last.page.close();
});
