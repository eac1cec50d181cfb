/**
 * The outbox under faults, in Chromium against the real worker behind a fault-injecting proxy: answers
 * lost to a 500 or a cut connection after the worker wrote, the worker killed while a request is in
 * flight, and answers slower than the client's timeout. Every clip (POST) and every edit (PATCH) saved in
 * the popup still arrives exactly once: one clip per page under the outbox's clientId, the edit's values
 * on it, and nothing left in the outbox. No button is pressed after "Simpan": the backoff alarm retries.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { api, eventually, type Clip } from './api.ts';
import { launchWithExtension, type ChromeGlobal, type ExtensionBrowser } from './browser.ts';
import { startFaultProxy, type Fault, type FaultProxy } from './fault-proxy.ts';
import { chooseCohort, cohortWithInvite, popupFilled, signIn } from './flows.ts';
import { isHealthy, startWorker, stopWorker } from './worker.ts';

const env = inject('e2e');
const CLIPS = /^\/api\/cohorts\/\d+\/clips$/;
const CLIP = /^\/api\/clips\/\d+$/;
/** The e2e build's request timeout (extension/wxt.config.ts). */
const CLIENT_TIMEOUT_MS = 10_000;
let ext: ExtensionBrowser;
let proxy: FaultProxy;
let setup: Awaited<ReturnType<typeof cohortWithInvite>>;
let widyaiswara: ReturnType<typeof api>;

beforeAll(async () => {
  ext = await launchWithExtension(env.extensionDir);
  proxy = await startFaultProxy(env.workerUrl);
  setup = await cohortWithInvite(env, 'Diklatpim III Angkatan Gangguan');
});
afterAll(async () => {
  await ext?.close();
  await proxy?.close();
  // Whatever happened, leave the worker running for the files after this one.
  if (!(await isHealthy(env.worker))) await startWorker(env.worker);
});

const reachedWorker = (method: string, path: RegExp) =>
  proxy.log.filter((r) => r.method === method && path.test(r.path) && r.workerStatus !== null).length;

/** The outbox as the background keeps it. */
async function outbox(): Promise<{ clientId: string; state: string; target: { kind: string } }[]> {
  const sw = await ext.sw();
  return (await sw.evaluate(async () => {
    const { outbox } = await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('outbox');
    return outbox ?? [];
  })) as { clientId: string; state: string; target: { kind: string } }[];
}

/** Saves a new clip of `file` under `faults` for its POST; resolves with its title and outbox clientId. */
async function clipUnder(file: string, faults: Fault[]) {
  proxy.inject('POST', CLIPS, faults);
  const opened = await popupFilled(ext, env, file);
  await chooseCohort(opened.popup, setup.cohort.name);
  const title = await opened.popup.getByTestId('field-title').inputValue();
  await opened.popup.getByTestId('save-button').click();
  // Every fault keeps the clip in the outbox for a while: long enough to read its clientId.
  const [entry] = await eventually(
    async () => {
      const entries = await outbox();
      return entries.length ? entries : undefined;
    },
    10_000,
    50,
  );
  return { ...opened, title, clientId: entry!.clientId };
}

/** Opens the popup on a clipped page, edits note and cohort label, and saves under `faults` for its PATCH. */
async function editUnder(file: string, faults: Fault[], note: string, cohortLabel: string) {
  proxy.inject('PATCH', CLIP, faults);
  const opened = await popupFilled(ext, env, file);
  await chooseCohort(opened.popup, setup.cohort.name);
  await opened.popup.getByTestId('already-here').waitFor({ timeout: 15_000 });
  await expect.poll(() => opened.popup.getByTestId('save-button').textContent()).toBe('Simpan perubahan');
  await opened.popup.getByTestId('field-note').fill(note);
  await opened.popup.getByTestId('field-cohortLabel').fill(cohortLabel);
  await opened.popup.getByTestId('save-button').click();
  return opened;
}

/** Waits until the outbox is empty with nothing failed, the popup saying so too. */
async function delivered(popup: Page, timeout = 120_000) {
  await eventually(
    async () => {
      const entries = await outbox();
      if (entries.some((e) => e.state === 'failed')) throw new Error(`failed: ${JSON.stringify(entries)}`);
      return entries.length === 0 ? true : undefined;
    },
    timeout,
    500,
  );
  try {
    await expect.poll(() => popup.getByTestId('outbox-item').count(), { timeout: 10_000 }).toBe(0);
  } catch (err) {
    // Say what the popup shows and what the outbox holds now, for the next one who reads this failure.
    const shown = await popup
      .getByTestId('outbox-item')
      .evaluateAll((items) => items.map((li) => li.outerHTML));
    throw new Error(
      `the popup still lists ${JSON.stringify(shown)}; the outbox holds ${JSON.stringify(await outbox())}`,
      {
        cause: err,
      },
    );
  }
}

/** The cohort's clips of one page (by its title). */
async function clipsOf(title: string): Promise<Clip[]> {
  return (await widyaiswara.clips(setup.cohort.id)).items.filter((c) => c.title === title);
}

async function closeAll(...pages: Page[]) {
  for (const page of pages) await page.close();
}

test('signs in through the proxy', async () => {
  // The extension talks to the worker only through the proxy; the tests check the worker directly.
  const inviteUrl = setup.invite.url.replace(new URL(setup.invite.url).origin, proxy.url);
  const token = await signIn(ext, { ...env, workerUrl: proxy.url }, inviteUrl, 'Pak Yusuf Widyaiswara');
  widyaiswara = api(env.workerUrl, token);
});

test('answers lost after the write (a 500, then a cut connection): the clip and the edit arrive once', async () => {
  const postsBefore = reachedWorker('POST', CLIPS);
  const saved = await clipUnder('001_5cfa8ae548e3a5be.html', ['500-after', 'reset-after']);
  expect(saved.clientId).toBeTruthy();
  await delivered(saved.popup);
  // The worker wrote it on the first try, then saw the same clientId twice more.
  expect(reachedWorker('POST', CLIPS) - postsBefore).toBe(3);
  const [clip, ...more] = await clipsOf(saved.title);
  expect(more).toEqual([]);
  expect(clip!.clientId).toBe(saved.clientId);
  await closeAll(saved.popup, saved.page);

  const patchesBefore = reachedWorker('PATCH', CLIP);
  const edited = await editUnder(
    '001_5cfa8ae548e3a5be.html',
    ['500-after', 'reset-after'],
    'Catatan A',
    'Angkatan 3',
  );
  await delivered(edited.popup);
  expect(reachedWorker('PATCH', CLIP) - patchesBefore).toBe(3);
  const stored = await widyaiswara.clip(clip!.id);
  expect(stored.note).toBe('Catatan A');
  expect(stored.record.cohortLabel).toBe('Angkatan 3');
  expect(await clipsOf(saved.title)).toHaveLength(1);
  await closeAll(edited.popup, edited.page);
});

test('the worker killed mid-request, after the write and before it: the clip and the edit arrive once', async () => {
  // The POST reaches the worker and is written; the worker dies before its answer gets out.
  const saved = await clipUnder('003_1890c6da4e8744e8.html', ['hold-after']);
  const post = await proxy.held();
  expect(post.workerStatus).toBe(201);
  await stopWorker(env.worker);
  proxy.release('reset');
  expect(await isHealthy(env.worker)).toBe(false);
  await startWorker(env.worker);
  await delivered(saved.popup);
  const [clip, ...more] = await clipsOf(saved.title);
  expect(more).toEqual([]);
  expect(clip!.clientId).toBe(saved.clientId);
  await closeAll(saved.popup, saved.page);

  // The PATCH is in flight when the worker dies: it never gets there.
  const edited = await editUnder('003_1890c6da4e8744e8.html', ['hold-before'], 'Catatan B', 'Angkatan 4');
  await proxy.held();
  await stopWorker(env.worker);
  proxy.release();
  await startWorker(env.worker);
  await delivered(edited.popup);
  const stored = await widyaiswara.clip(clip!.id);
  expect(stored.note).toBe('Catatan B');
  expect(stored.record.cohortLabel).toBe('Angkatan 4');
  expect(await clipsOf(saved.title)).toHaveLength(1);
  await closeAll(edited.popup, edited.page);
});

test('answers slower than the client’s timeout, or never coming: the clip and the edit arrive once', async () => {
  // The worker writes the clip, but its answer never comes: the client gives up and sends it again.
  const postsBefore = reachedWorker('POST', CLIPS);
  const saved = await clipUnder('004_06ffe464e5e69405.html', [{ delayMs: 10 * 60_000 }]);
  await delivered(saved.popup);
  expect(reachedWorker('POST', CLIPS) - postsBefore).toBe(2);
  const [clip, ...more] = await clipsOf(saved.title);
  expect(more).toEqual([]);
  expect(clip!.clientId).toBe(saved.clientId);
  await closeAll(saved.popup, saved.page);

  const patchesBefore = reachedWorker('PATCH', CLIP);
  const late: Fault = { delayMs: CLIENT_TIMEOUT_MS + 4_000 };
  const edited = await editUnder('004_06ffe464e5e69405.html', [late], 'Catatan C', 'Angkatan 5');
  await delivered(edited.popup);
  expect(reachedWorker('PATCH', CLIP) - patchesBefore).toBe(2);
  const stored = await widyaiswara.clip(clip!.id);
  expect(stored.note).toBe('Catatan C');
  expect(stored.record.cohortLabel).toBe('Angkatan 5');
  expect(await clipsOf(saved.title)).toHaveLength(1);
  await closeAll(edited.popup, edited.page);
});
