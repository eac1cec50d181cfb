/** The harness itself: worker, saved pages and the extension in Chromium are all up and wired. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser.ts';

const env = inject('e2e');
let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithExtension(env.extensionDir);
});
afterAll(async () => {
  await ext?.close();
});

test('the worker answers /api/health', async () => {
  const res = await fetch(`${env.workerUrl}/api/health`);
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ ok: true });
});

test('the e2e build may reach the local worker without a prompt', () => {
  const manifest = JSON.parse(readFileSync(path.join(env.extensionDir, 'manifest.json'), 'utf8'));
  expect(manifest.host_permissions).toContain('http://127.0.0.1/*');
});

test('Chromium loads the extension and shows a saved page in a tab the extension can see', async () => {
  expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await ext.context.newPage();
  await page.goto(`${env.pagesUrl}/002_a067dcc1557215c8.html`);
  await expect(page.title()).resolves.toContain('Menggali Ide Inovasi di Kota Kembang');
  expect(await tabIdOf(ext, page.url())).toBeGreaterThan(0);
  await page.close();
});
