/**
 * Debian's firefox-esr with the Firefox build installed as a temporary add-on, driven by puppeteer-core
 * over WebDriver BiDi (nothing is downloaded): a fresh profile and HOME per launch, the add-on's
 * moz-extension:// host fixed up front, and helpers for extension pages, which never fire a load event
 * over BiDi. See /work/shared/notes/firefox-e2e.md for the facts this relies on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const FIREFOX = process.env.LOKUS_FIREFOX ?? '/usr/bin/firefox-esr';
/** `browser_specific_settings.gecko.id` in extension/wxt.config.ts. */
const GECKO_ID = 'lokus@lokus.example';

/** The little of the WebExtension API the tests call inside extension pages. */
export interface WebExtensionGlobal {
  browser: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
    permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
  };
}

/** puppeteer's BiDi frame, for the one call its public API lacks: navigating without waiting for `load`. */
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown> };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`, the same for every launch. */
  origin: string;
  /** Opens an extension page (`options.html`, `popup.html?tabId=3`) in a new tab, once it has loaded. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** A value in the extension's `storage.local`. */
  stored(key: string): Promise<unknown>;
  /** The id of the tab showing `url`, as the extension sees it. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(extensionDir: string): Promise<FirefoxWithExtension> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'lokus-firefox-'));
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: path.join(home, 'profile'),
    // Extension pages are only reachable over BiDi with system access allowed.
    args: ['--remote-allow-system-access'],
    // Its own HOME, so Firefox writes nothing under the user's ~/.cache or ~/.config.
    env: { ...process.env, HOME: home, MOZ_CRASHREPORTER_DISABLE: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // `permissions.request` from a click grants at once instead of showing a doorhanger nobody clicks.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
  };
  try {
    const addonId = await browser.installExtension(extensionDir);
    if (addonId !== GECKO_ID) throw new Error(`installed ${addonId}, expected ${GECKO_ID}`);
  } catch (err) {
    await close();
    throw err;
  }
  const origin = `moz-extension://${uuid}`;

  const openExtensionPage = async (pagePath: string) => {
    const page = await browser.newPage();
    const frame = page.mainFrame() as unknown as BidiFrame;
    await frame.browsingContext.navigate(`${origin}/${pagePath}`, 'interactive');
    for (let i = 0; i < 100; i++) {
      const state = await page.evaluate(() => document.readyState).catch(() => 'loading');
      if (state === 'complete') return page;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${pagePath} did not finish loading`);
  };

  // One extension page kept open to ask the extension's APIs from.
  let probe: Page | null = null;
  const ask = async <T>(run: (key: string) => Promise<T>, key: string): Promise<T> => {
    probe ??= await openExtensionPage('options.html');
    return probe.evaluate(run, key);
  };

  return {
    browser,
    origin,
    openExtensionPage,
    stored: (key) =>
      ask(
        async (k) => (await (globalThis as unknown as WebExtensionGlobal).browser.storage.local.get(k))[k],
        key,
      ),
    tabIdOf: async (url) => {
      for (let i = 0; i < 40; i++) {
        const tabs = await ask(
          () => (globalThis as unknown as WebExtensionGlobal).browser.tabs.query({}),
          '',
        );
        const tab = tabs.find((t) => t.url === url);
        if (tab?.id !== undefined) return tab.id;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no tab shows ${url}`);
    },
    close,
  };
}

/** Types `value` into the input found by its data-testid, replacing what it held. */
export async function fillTestId(page: Page, testId: string, value: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"]`).fill(value);
}

/** The text of the element with this data-testid, or null when there is none. */
export function textOfTestId(page: Page, testId: string): Promise<string | null> {
  return page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);
}

/** The value of the form field with this data-testid. */
export function valueOfTestId(page: Page, testId: string): Promise<string | null> {
  return page.evaluate(
    (id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null)?.value ?? null,
    testId,
  );
}
