/**
 * The background: the outbox's only writer and sender (messages, alarms, start-up), the context-menu
 * quote clip, and the "already clipped" badge. The work lives in utils/ and is tested there; this file
 * wires browser events to it.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshBadge } from '../utils/badge.ts';
import { flushNow, registerMessageHandlers } from '../utils/background.ts';
import { loadCatalogs, translate } from '../utils/i18n.ts';
import { OUTBOX_ALARM } from '../utils/outbox.ts';
import { enqueueQuote, QUOTE_MENU_ID } from '../utils/quote.ts';
import { languageItem } from '../utils/storage.ts';

export default defineBackground(() => {
  registerMessageHandlers();
  // Messages asked for before the catalogs are read come from browser.i18n (the browser's language).
  void loadCatalogs();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void flushNow();
  });
  browser.runtime.onStartup.addListener(() => void flushNow());

  // Menus outlive a service-worker restart in Chrome but not a Firefox background restart: rebuild them.
  const buildMenu = async () => {
    const [language] = await Promise.all([languageItem.getValue(), loadCatalogs()]);
    const title = translate(language, 'contextMenu.clipSelection');
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: QUOTE_MENU_ID, title, contexts: ['selection'] });
  };
  void buildMenu();
  languageItem.watch(() => void buildMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== QUOTE_MENU_ID) return;
    void enqueueQuote({
      selection: info.selectionText,
      pageUrl: info.pageUrl ?? tab?.url,
      title: tab?.title,
    }).then((entry) => entry && flushNow());
  });

  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs
      .get(tabId)
      .then((tab) => refreshBadge(tabId, tab.url))
      .catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void refreshBadge(tabId, tab.url).catch(() => undefined);
  });

  // Whatever waited while the browser or the service worker was down goes out now.
  void flushNow();
});
