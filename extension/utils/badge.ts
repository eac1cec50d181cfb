/**
 * The toolbar badge: "✓" on a tab whose page is already in one of the account's cohorts (archived ones
 * left out). Looked up only when signed in and host access to the server is granted; a failed look-up
 * leaves the badge alone.
 */
import { browser } from 'wxt/browser';
import { loadCatalogs, translate } from './i18n.ts';
import { currentApi, hasServerPermission } from './session.ts';
import { languageItem, membershipsItem, serverUrlItem, tokenItem } from './storage.ts';
import { hitsIn } from './target.ts';

const CLIPPED_BADGE = '✓';

export async function setClippedBadge(tabId: number, cohorts: string[] | false): Promise<void> {
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!cohorts) {
    await action.setBadgeText({ tabId, text: '' });
    return;
  }
  const [language] = await Promise.all([languageItem.getValue(), loadCatalogs()]);
  await action.setBadgeBackgroundColor({ tabId, color: '#1b6b4a' });
  await action.setBadgeText({ tabId, text: CLIPPED_BADGE });
  await action.setTitle({
    tabId,
    title: cohorts.length
      ? translate(language, 'popup.alreadyClipped', { cohort: cohorts.join(', ') })
      : translate(language, 'badge.clipped'),
  });
}

/** Looks the tab's URL up on the server and sets or clears its badge. */
export async function refreshBadge(tabId: number, url: string | undefined): Promise<void> {
  if (!url || !/^https?:\/\//i.test(url)) return;
  const [token, serverUrl] = await Promise.all([tokenItem.getValue(), serverUrlItem.getValue()]);
  if (!token || url.startsWith(serverUrl) || !(await hasServerPermission(serverUrl))) return;
  const res = await (await currentApi()).lookup(url);
  if (!res.ok) return;
  const hits = hitsIn(res.data.items, await membershipsItem.getValue());
  await setClippedBadge(tabId, hits.length ? hits.map((hit) => hit.cohortName) : false);
}
