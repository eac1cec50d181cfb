/**
 * Every value the extension keeps, declared once: settings, the signed-in account and its cohorts, the
 * last chosen cohort and the outbox of clips not yet accepted by the server. All in `storage.local`, so a
 * clip survives closing the popup, a service-worker restart and a browser restart.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_LANGUAGE, type Language } from './i18n.ts';
import type { CohortRole } from '../../shared/schema/cohort.ts';
import type { OutboxEntry } from './outbox.ts';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

/** The Lokus server's origin, e.g. `http://127.0.0.1:8787` or `https://lokus.example.id`. */
export const serverUrlItem = storage.defineItem<string>('local:serverUrl', {
  fallback: DEFAULT_SERVER_URL,
  version: 1,
});

/** The personal bearer token from an accepted invite (or pasted), null when signed out. */
export const tokenItem = storage.defineItem<string | null>('local:token', { fallback: null, version: 1 });

export interface Account {
  id: number;
  name: string;
  role: 'organiser' | 'member';
}
export const accountItem = storage.defineItem<Account | null>('local:account', {
  fallback: null,
  version: 1,
});

/** One cohort the account belongs to, as `/api/me` last said (archived cohorts are not among them). */
export interface Membership {
  cohortId: number;
  cohortName: string;
  slug: string;
  role: CohortRole;
}
/** The account's cohorts, kept so the popup can offer them before (or without) the server answering. */
export const membershipsItem = storage.defineItem<Membership[]>('local:memberships', {
  fallback: [],
  version: 1,
});

/** The language of Lokus' own UI; overrides the browser's language. */
export const languageItem = storage.defineItem<Language>('local:language', {
  fallback: DEFAULT_LANGUAGE,
  version: 1,
});

/** The cohort the user clipped into last: the popup's preselection and the side panel's list. */
export interface CohortChoice {
  id: number;
  name: string;
}
export const lastCohortItem = storage.defineItem<CohortChoice | null>('local:lastCohort', {
  fallback: null,
  version: 1,
});

/** Clips written but not yet accepted by the server; only the background writes it (see outbox.ts). */
export const outboxItem = storage.defineItem<OutboxEntry[]>('local:outbox', { fallback: [], version: 1 });

/**
 * clientId → the server clip a send reached and when, for clips sent lately: a popup still open learns
 * that its save arrived (a delivery after its click, never an older one of the same clientId) and turns a
 * re-save into an update.
 */
export interface SentClip {
  clipId: number;
  /** `Date.now()` when the server accepted it. */
  at: number;
}
export const sentClipsItem = storage.defineItem<Record<string, SentClip>>('local:sentClips', {
  fallback: {},
  version: 2,
  migrations: {
    // Version 1 kept the clip id only: those sends happened before any popup open now.
    2: (old: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(old ?? {}).map(([clientId, clipId]) => [clientId, { clipId, at: 0 }]),
      ),
  },
});

/**
 * Calls `set` with an item's value now and again on every change, and answers how to stop. A change that lands
 * while the first read is still on its way wins over that read's older value: a popup opened as the outbox
 * delivers must not keep showing a clip the server already has.
 *
 * `everyMs` also reads the value again that often, for a page that must not stay behind if a change never
 * reaches it: storage.onChanged is otherwise its only news. (In two CI runs the e2e fault test saw a popup list
 * a delivered clip for ten seconds after the outbox had emptied; the cause is not known.)
 */
export function followItem<T>(
  item: { getValue(): Promise<T>; watch(cb: (value: T) => void): () => void },
  set: (value: T) => void,
  { everyMs }: { everyMs?: number } = {},
) {
  let changed = false;
  const unwatch = item.watch((value) => {
    changed = true;
    set(value);
  });
  void item.getValue().then((value) => {
    if (!changed) set(value);
  });
  const timer = everyMs ? setInterval(() => void item.getValue().then(set), everyMs) : undefined;
  return () => {
    clearInterval(timer);
    unwatch();
  };
}
