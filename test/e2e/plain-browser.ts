/**
 * Debian's Chromium without the extension, for the people who use Lokus in a browser only: organisers and
 * participants. Each `person` is a fresh context (own cookies) at laptop or phone size, reading Indonesian.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './browser.ts';

export const LAPTOP = { viewport: { width: 1280, height: 860 } };
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export async function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new person in the browser: their own cookies, their screen size, Indonesian as the browser's language. */
export async function person(browser: Browser, size: typeof LAPTOP | typeof PHONE): Promise<Page> {
  const context = await browser.newContext({ ...size, locale: 'id-ID' });
  return context.newPage();
}
