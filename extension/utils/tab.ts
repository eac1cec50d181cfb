/**
 * Reading the page in a tab on demand: one `scripting.executeScript` (allowed by `activeTab` when the
 * popup opens, or by host access in dev/e2e builds) that returns the page's HTML, URL and selection.
 * No content script runs on pages the user did not ask to clip.
 */
import { browser } from 'wxt/browser';
import type { PageSnapshot } from './extract.ts';

/** The tab the popup clips: `?tabId=N` when given (e2e, side panel), else the active tab of this window. */
export async function targetTabId(search: string = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Runs in the page: everything the popup needs, serialisable. */
function snapshotPage(): PageSnapshot {
  return {
    html: document.documentElement.outerHTML,
    url: location.href,
    title: document.title,
    selection: String(window.getSelection() ?? ''),
  };
}

export async function readTab(tabId: number): Promise<PageSnapshot> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: snapshotPage });
  const page = result?.result as PageSnapshot | undefined;
  if (!page?.html) throw new Error('no page');
  return page;
}
