/**
 * The background: the outbox's only writer and sender (alarms, start-up, messages), the context-menu
 * quote clip, and the "already clipped" badge. Everything it does lives in utils/ and is tested there;
 * this file only wires browser events to it.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshBadge, setClippedBadge } from '../utils/badge.ts';
import { flushWithSession } from '../utils/delivery.ts';
import { translate } from '../utils/i18n.ts';
import { onMessage } from '../utils/messaging.ts';
import {
  discardClip,
  enqueueClip,
  LOCAL_NEEDS_USER,
  OUTBOX_ALARM,
  retryClip,
  scheduleOutboxAlarm,
  wakeOutbox,
} from '../utils/outbox.ts';
import { enqueueQuote, QUOTE_MENU_ID } from '../utils/quote.ts';
import { languageItem, tokenItem } from '../utils/storage.ts';

export default defineBackground(() => {
  const flush = () =>
    flushWithSession().catch((err) => {
      console.error('[lokus] outbox flush failed', err);
      return { sent: 0, retrying: 0, failed: 0 };
    });

  onMessage('enqueueClip', async ({ data }) => {
    const entry = await enqueueClip(data);
    void flush();
    return entry;
  });
  onMessage('flushOutbox', () => flush());
  onMessage('retryClip', async ({ data }) => {
    const found = await retryClip(data);
    void flush();
    return found;
  });
  onMessage('discardClip', async ({ data }) => {
    const found = await discardClip(data);
    await scheduleOutboxAlarm();
    return found;
  });
  onMessage('setClippedBadge', ({ data }) => setClippedBadge(data.tabId, data.clipped ? [] : false));
  onMessage('sessionChanged', async () => {
    await wakeOutbox(Date.now(), (error) => error.status === 401 || LOCAL_NEEDS_USER.has(error.code));
    void flush();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void flush();
  });
  browser.runtime.onStartup.addListener(() => void flush());

  // Menus outlive a service-worker restart in Chrome but not a Firefox background restart: rebuild them.
  const buildMenu = async () => {
    const title = translate(await languageItem.getValue(), 'contextMenu.clipSelection');
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
    }).then((entry) => entry && flush());
  });

  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then((tab) => refreshBadge(tabId, tab.url).catch(() => undefined));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void refreshBadge(tabId, tab.url).catch(() => undefined);
  });
  tokenItem.watch(() => void flush());

  void flush();
});
