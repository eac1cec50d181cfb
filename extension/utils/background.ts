/**
 * The background's answers to the typed messages: every outbox change goes through here, so the
 * background is the outbox's single writer. Kept out of the entrypoint so tests can register it
 * against the fake browser.
 */
import { setClippedBadge } from './badge.ts';
import { flushWithSession } from './delivery.ts';
import { onMessage, removeAllListeners } from './messaging.ts';
import {
  discardClip,
  enqueueClip,
  LOCAL_NEEDS_USER,
  retryClip,
  saveAsNewClip,
  scheduleOutboxAlarm,
  wakeOutbox,
  type FlushReport,
} from './outbox.ts';

/** Sends due clips now; logs instead of throwing, since callers fire and forget. */
export function flushNow(): Promise<FlushReport> {
  return flushWithSession().catch((err) => {
    console.error('[lokus] outbox flush failed', err);
    return { sent: 0, retrying: 0, failed: 0 };
  });
}

/** Registers the handler of every message in the protocol; returns a function removing them. */
export function registerMessageHandlers(): () => void {
  onMessage('enqueueClip', async ({ data }) => {
    const entry = await enqueueClip(data);
    void flushNow();
    return entry;
  });
  onMessage('flushOutbox', () => flushNow());
  onMessage('retryClip', async ({ data }) => {
    const found = await retryClip(data);
    void flushNow();
    return found;
  });
  onMessage('saveAsNewClip', async ({ data }) => {
    const found = await saveAsNewClip(data);
    void flushNow();
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
    void flushNow();
  });
  return removeAllListeners;
}
