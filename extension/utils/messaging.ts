/**
 * The typed protocol between the popup, side panel, options page and the background. Each message is
 * one function signature; `@webext-core/messaging` routes by name, so there is no switch on action strings.
 * The background owns the outbox, so every outbox change is a message to it.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { NewOutboxClip, OutboxEntry } from './outbox.ts';

export interface ProtocolMap {
  /** Persist a clip to the outbox (durably, before answering), then start sending it. */
  enqueueClip(clip: NewOutboxClip): OutboxEntry;
  /** Send every due clip now (popup opened, "send now"). */
  flushOutbox(): { sent: number; retrying: number; failed: number };
  /** Make one waiting or failed clip due now and send. */
  retryClip(clientId: string): boolean;
  /** An edit whose clip was deleted on the server meanwhile: save it as a new clip in that cohort. */
  saveAsNewClip(clientId: string): boolean;
  /** Drop a clip from the outbox. */
  discardClip(clientId: string): boolean;
  /** The popup learned a tab's page is already clipped (or not): set that tab's badge. */
  setClippedBadge(data: { tabId: number; clipped: boolean }): void;
  /** Sign-in changed: retry clips that failed for want of it, refresh the badge and menu. */
  sessionChanged(): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
