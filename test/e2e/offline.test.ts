/**
 * Never lose a clip: with the worker stopped, three clips saved from three pages wait in the outbox
 * (shown as pending in the popup); once the worker is back, the background's backoff alarm sends them
 * and exactly three arrive, each once.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { api, eventually } from './api.ts';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { chooseCohort, cohortWithInvite, popupFilled, signIn } from './flows.ts';
import { isHealthy, startWorker, stopWorker } from './worker.ts';

const env = inject('e2e');
let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithExtension(env.extensionDir);
});
afterAll(async () => {
  await ext?.close();
  // Whatever happened, leave the worker running for the files after this one.
  if (!(await isHealthy(env.worker))) await startWorker(env.worker);
});

test('three clips saved while the worker is down arrive exactly once when it is back', async () => {
  const { cohort, invite } = await cohortWithInvite(env, 'PKA Angkatan III');
  const token = await signIn(ext, env, invite.url, 'Pak Budi Widyaiswara');
  const widyaiswara = api(env.workerUrl, token);

  // One clip online first: it is how the popup learns the cohort to preselect while offline.
  const first = await popupFilled(ext, env, '004_06ffe464e5e69405.html');
  await chooseCohort(first.popup, cohort.name);
  await first.popup.getByTestId('save-button').click();
  await eventually(async () => ((await widyaiswara.clips(cohort.id)).items.length === 1 ? true : undefined));
  await first.popup.close();
  await first.page.close();

  await stopWorker(env.worker);
  expect(await isHealthy(env.worker)).toBe(false);

  const offline = ['001_5cfa8ae548e3a5be.html', '002_a067dcc1557215c8.html', '003_1890c6da4e8744e8.html'];
  const titles: string[] = [];
  let lastPopup;
  for (const file of offline) {
    const { popup } = await popupFilled(ext, env, file);
    titles.push(await popup.getByTestId('field-title').inputValue());
    expect(await popup.getByTestId('field-cohort').inputValue()).toBe(String(cohort.id));
    await popup.getByTestId('save-button').click();
    await expect.poll(() => popup.getByTestId('save-status').textContent()).not.toBe('');
    lastPopup = popup;
  }
  // The last popup shows all three waiting in the outbox.
  await expect.poll(() => lastPopup!.getByTestId('outbox-item').count(), { timeout: 10_000 }).toBe(3);
  const states = await lastPopup!
    .getByTestId('outbox-item')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-state')));
  expect(states).toEqual(['pending', 'pending', 'pending']);
  expect((await lastPopup!.getByTestId('outbox-count').textContent())?.trim()).toBe('3');

  await startWorker(env.worker);
  // The outbox's own alarm (backoff 5 s, 10 s, 20 s …) must bring them over: no button is pressed.
  const arrived = await eventually(
    async () => {
      const { items } = await widyaiswara.clips(cohort.id);
      return items.length >= 4 ? items : undefined;
    },
    120_000,
    1_000,
  );
  // Let any duplicate sends land before counting.
  await new Promise((r) => setTimeout(r, 5_000));
  const { items } = await widyaiswara.clips(cohort.id);
  expect(items).toHaveLength(4);
  expect(arrived).toHaveLength(4);
  for (const title of titles) expect(items.filter((c) => c.title === title)).toHaveLength(1);
  expect(new Set(items.map((c) => c.clientId)).size).toBe(4);
  await expect.poll(() => lastPopup!.getByTestId('outbox-item').count(), { timeout: 10_000 }).toBe(0);
});
