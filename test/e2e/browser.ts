/**
 * Debian's Chromium with the built extension loaded unpacked, through playwright-core: a fresh profile
 * per launch, the extension id read from its service worker, and helpers to open the popup for a tab.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The little of the `chrome` API the tests call inside the service worker. */
export interface ChromeGlobal {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string; active?: boolean }[]> };
    storage: { local: { get(k?: string | null): Promise<Record<string, unknown>> } };
  };
}

export const CHROMIUM = process.env.LOKUS_CHROMIUM ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (background). */
  sw: () => Promise<Worker>;
  close: () => Promise<void>;
}

export async function launchWithExtension(extensionDir: string): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lokus-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const sw = async () => {
    const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return found ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  };
  const extensionId = new URL((await sw()).url()).host;
  return {
    context,
    extensionId,
    sw,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the (first) tab showing `url`, as the extension sees it. */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const worker = await ext.sw();
  for (let i = 0; i < 40; i++) {
    const tabs = await worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.tabs.query({}));
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id !== undefined) return tab.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

/** Opens a saved page in a tab, then the popup for that tab (`popup.html?tabId=N`) in another. */
export async function openPopupFor(
  ext: ExtensionBrowser,
  pageUrl: string,
): Promise<{ page: Page; popup: Page }> {
  const page = await ext.context.newPage();
  await page.goto(pageUrl);
  const tabId = await tabIdOf(ext, page.url());
  const popup = await ext.context.newPage();
  // The popup reads the tab named by ?tabId, not the active one, so opening it in its own tab is enough.
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return { page, popup };
}
