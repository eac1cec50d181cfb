/**
 * The outbox: clips written to `storage.local` before any network call, then sent by the background
 * with their `clientId` until the server accepts them — a POST for a new clip, a PATCH for an edit of one
 * the server has. Retryable failures (network, timeout, 5xx, 429) back off exponentially through one
 * `browser.alarms` alarm; failures only the user can fix (401/403/404/409/410/413/422, not signed in) stay
 * as `failed` with the server's message. It never talks to the UI directly; the background is its only
 * writer, so read-modify-writes are serialised here.
 */
import { browser } from 'wxt/browser';
import type { ClipInput, ClipPatch } from '../../shared/schema/index.ts';
import { outboxItem } from './storage.ts';

export const OUTBOX_ALARM = 'lokus-outbox';
/** First retry after 5 s, doubling up to 10 min: a worker restart is caught quickly, an outage is not hammered. */
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_MAX_MS = 10 * 60_000;

/**
 * Where a clip goes: a new clip in a cohort, or an edit of a clip the server already has.
 *
 * A create may meet a clip the cohort already holds for the same page (the server answers 200 and keeps
 * its values). `ifExists: 'update'` (the review form) then follows up with a PATCH of the form's values,
 * so what the user saved is what the server keeps; `'merge'` (a context-menu quote; the default for
 * entries stored before the field existed) is done once the server merged the quote.
 */
export type ClipTarget =
  | { kind: 'create'; cohortId: number | null; cohortName: string; ifExists?: 'update' | 'merge' }
  | { kind: 'update'; clipId: number; cohortId?: number | null; cohortName: string };

export interface OutboxError {
  /** HTTP status, 0 when the server could not be reached or the request never left. */
  status: number;
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

export interface OutboxEntry {
  clientId: string;
  target: ClipTarget;
  clip: ClipInput;
  /** `pending` is sent when due; `failed` waits for the user to fix, retry or discard it. */
  state: 'pending' | 'failed';
  /** Failed sends so far; drives the backoff. */
  attempts: number;
  nextAttemptAt: number;
  /** The last failure, kept on pending entries too so the popup can say why it is waiting. */
  error: OutboxError | null;
  createdAt: number;
  /** Bumped on every edit, so a send that raced an edit does not drop the edit. */
  revision: number;
}

export type NewOutboxClip = Pick<OutboxEntry, 'target' | 'clip'>;

/**
 * What one send achieved. `existing`: a create was answered with a clip the server already held under
 * another clientId, and it kept that clip's values.
 */
export type SendOutcome =
  { ok: true; clipId: number; existing?: boolean } | ({ ok: false; retryAfterMs?: number } & OutboxError);

export type FailureClass = 'retry' | 'needs-user';

const NEEDS_USER = new Set([400, 401, 403, 404, 409, 410, 413, 422]);

/**
 * Whether a failed send is worth repeating by itself. Network errors (status 0), 5xx and 429 are;
 * auth, missing cohorts, conflicts, size and validation errors need the user. Local problems (not
 * signed in, no host permission) arrive as status 0 with a code and need the user as well.
 */
export function classifyFailure(failure: Pick<OutboxError, 'status' | 'code'>): FailureClass {
  if (failure.status === 0) return LOCAL_NEEDS_USER.has(failure.code) ? 'needs-user' : 'retry';
  if (failure.status === 429 || failure.status >= 500) return 'retry';
  if (NEEDS_USER.has(failure.status) || failure.status >= 400) return 'needs-user';
  return 'retry';
}
/** Local failure codes that no amount of waiting fixes. */
export const LOCAL_NEEDS_USER = new Set(['not_signed_in', 'no_permission', 'no_cohort']);

/**
 * Delay before attempt `attempts + 1`, given `attempts` failures so far: 5 s, 10 s, 20 s … capped at
 * 10 min, spread ±20 % by `random` so that many queued clips do not retry in lockstep.
 * @example backoffDelay(3, () => 0.5) // 20_000
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs one read-modify-write of the outbox after every earlier one. */
function mutate<T>(change: (entries: OutboxEntry[]) => { entries: OutboxEntry[]; result: T }): Promise<T> {
  const run = queue.then(async () => {
    const { entries, result } = change(await outboxItem.getValue());
    await outboxItem.setValue(entries);
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

export function listOutbox(): Promise<OutboxEntry[]> {
  return outboxItem.getValue();
}

/** The queued entry `clip` replaces: the same `clientId`, or an update waiting for the same server clip. */
function replacedBy(entries: OutboxEntry[], clip: NewOutboxClip): OutboxEntry | undefined {
  const { target } = clip;
  return (
    entries.find((e) => e.clientId === clip.clip.clientId) ??
    (target.kind === 'update'
      ? entries.find((e) => e.target.kind === 'update' && e.target.clipId === target.clipId)
      : undefined)
  );
}

/**
 * Persists a clip to send. A clip with a `clientId` already in the outbox replaces it (an edit), keeps
 * its place and becomes due at once; the `clientId` never changes, so the server never sees two clips.
 * An update of a server clip that already has one waiting replaces that one too (under its `clientId`):
 * one clip has at most one queued change, so an older failed edit can never be retried over a newer one.
 * Resolves with the stored entry; its `clientId` is the one to follow.
 */
export function enqueueClip(clip: NewOutboxClip, now = Date.now()): Promise<OutboxEntry> {
  return mutate((entries) => {
    const existing = replacedBy(entries, clip);
    const clientId = existing?.clientId ?? clip.clip.clientId;
    const entry: OutboxEntry = {
      clientId,
      target: clip.target,
      clip: { ...clip.clip, clientId },
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      error: null,
      createdAt: existing?.createdAt ?? now,
      revision: (existing?.revision ?? 0) + 1,
    };
    const next = existing ? entries.map((e) => (e === existing ? entry : e)) : [...entries, entry];
    return { entries: next, result: entry };
  });
}

/** Makes a failed or waiting clip due now. */
export function retryClip(clientId: string, now = Date.now()): Promise<boolean> {
  return mutate((entries) => {
    const found = entries.some((e) => e.clientId === clientId);
    return {
      entries: entries.map((e) =>
        e.clientId === clientId ? { ...e, state: 'pending' as const, nextAttemptAt: now } : e,
      ),
      result: found,
    };
  });
}

/**
 * Turns an update whose clip was deleted on the server (404) into a new clip in the same cohort, due now.
 * False when there is no such entry or it is not an update.
 */
export function saveAsNewClip(clientId: string, now = Date.now()): Promise<boolean> {
  return mutate((entries) => {
    const entry = entries.find((e) => e.clientId === clientId);
    if (entry?.target.kind !== 'update') return { entries, result: false };
    const { cohortId = null, cohortName } = entry.target;
    const recreated: OutboxEntry = {
      ...entry,
      target: { kind: 'create', cohortId, cohortName, ifExists: 'update' },
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      error: null,
      revision: entry.revision + 1,
    };
    return { entries: entries.map((e) => (e === entry ? recreated : e)), result: true };
  });
}

/** Whether a failed entry is an edit of a clip someone deleted on the server meanwhile. */
export function isDeletedClip(entry: Pick<OutboxEntry, 'target' | 'error'>): boolean {
  return entry.target.kind === 'update' && entry.error?.status === 404;
}

/** Makes every waiting clip due now, and failed ones whose cause `wake` says is gone (e.g. after sign-in). */
export function wakeOutbox(now = Date.now(), wake: (error: OutboxError) => boolean = () => false) {
  return mutate((entries) => ({
    entries: entries.map((e) =>
      e.state === 'pending' || (e.error && wake(e.error))
        ? { ...e, state: 'pending' as const, nextAttemptAt: Math.min(e.nextAttemptAt, now) }
        : e,
    ),
    result: undefined,
  }));
}

/** Removes a clip the user gave up on. */
export function discardClip(clientId: string): Promise<boolean> {
  return mutate((entries) => ({
    entries: entries.filter((e) => e.clientId !== clientId),
    result: entries.some((e) => e.clientId === clientId),
  }));
}

export interface FlushOptions {
  send: (entry: OutboxEntry) => Promise<SendOutcome>;
  now?: () => number;
  random?: () => number;
  /** Told about each clip the server accepted. */
  onSent?: (entry: OutboxEntry, clipId: number) => void | Promise<void>;
}

export interface FlushReport {
  sent: number;
  retrying: number;
  failed: number;
}

let flushing: Promise<FlushReport> | null = null;
let flushAgain = false;

/**
 * Sends every due pending clip, oldest first, one at a time, then schedules the alarm for the next due
 * one. A retryable failure ends the round: the server or network is down, so the rest wait as long as
 * that clip. Concurrent calls share one round (plus one more if asked during it), so no clip is sent
 * twice at once.
 */
export function flushOutbox(options: FlushOptions): Promise<FlushReport> {
  if (flushing) {
    flushAgain = true;
    return flushing;
  }
  flushing = (async () => {
    const total: FlushReport = { sent: 0, retrying: 0, failed: 0 };
    try {
      do {
        flushAgain = false;
        const report = await flushRound(options);
        total.sent += report.sent;
        total.retrying = report.retrying;
        total.failed += report.failed;
      } while (flushAgain);
      await scheduleOutboxAlarm();
    } finally {
      flushing = null;
    }
    return total;
  })();
  return flushing;
}

/**
 * Records an accepted send. The entry leaves the outbox, unless it must become an update of the clip the
 * server now names: edited while in flight (what the server has is stale), or created into a clip the
 * cohort already held whose values the server kept (`ifExists: 'update'`). Returns the entry to send
 * next in that second case (an edit made meanwhile rides along: it is the newest values).
 */
async function settleSent(
  entry: OutboxEntry,
  outcome: Extract<SendOutcome, { ok: true }>,
  at: number,
): Promise<OutboxEntry | null> {
  const { target } = entry;
  const kept = outcome.existing === true && target.kind === 'create' && target.ifExists === 'update';
  return mutate((entries) => {
    let followUp: OutboxEntry | null = null;
    const next = entries.flatMap((e) => {
      if (e.clientId !== entry.clientId) return [e];
      const edited = e.revision !== entry.revision;
      if (!edited && !kept) return [];
      const cohortId = e.target.kind === 'create' ? e.target.cohortId : (e.target.cohortId ?? null);
      const update: OutboxEntry = {
        ...e,
        target: { kind: 'update', clipId: outcome.clipId, cohortId, cohortName: e.target.cohortName },
        // The server merged the quotes into its clip already; sending ours would drop the others.
        clip: kept ? withoutQuotes(e.clip) : e.clip,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: Math.min(e.nextAttemptAt, at),
        error: null,
      };
      if (kept) followUp = update;
      return [update];
    });
    return { entries: next, result: followUp };
  });
}

function withoutQuotes(clip: ClipInput): ClipInput {
  const { quotes: _, ...rest } = clip;
  return rest;
}

async function flushRound({ send, now = Date.now, random, onSent }: FlushOptions): Promise<FlushReport> {
  const report: FlushReport = { sent: 0, retrying: 0, failed: 0 };
  const due = (await outboxItem.getValue())
    .filter((e) => e.state === 'pending' && e.nextAttemptAt <= now())
    .sort((a, b) => a.createdAt - b.createdAt);
  for (let i = 0; i < due.length; i++) {
    const entry = due[i]!;
    let outcome: SendOutcome;
    try {
      outcome = await send(entry);
    } catch (err) {
      outcome = { ok: false, status: 0, code: 'network', message: String((err as Error)?.message ?? err) };
    }
    if (outcome.ok) {
      const followUp = await settleSent(entry, outcome, now());
      if (followUp) {
        // The server kept its own values: the form's go out as a PATCH next, before anything queued later.
        due.splice(i + 1, 0, followUp);
        continue;
      }
      report.sent++;
      await onSent?.(entry, outcome.clipId);
      continue;
    }
    const error: OutboxError = {
      status: outcome.status,
      code: outcome.code,
      message: outcome.message,
      ...(outcome.issues ? { issues: outcome.issues } : {}),
    };
    if (classifyFailure(outcome) === 'needs-user') {
      await mutate((entries) => ({
        entries: entries.map((e) =>
          e.clientId === entry.clientId && e.revision === entry.revision
            ? { ...e, state: 'failed' as const, error }
            : e,
        ),
        result: undefined,
      }));
      report.failed++;
      continue;
    }
    const at = now() + Math.max(backoffDelay(entry.attempts + 1, random), outcome.retryAfterMs ?? 0);
    const waiting = new Set(due.map((e) => e.clientId));
    await mutate((entries) => ({
      entries: entries.map((e) => {
        if (e.clientId === entry.clientId && e.revision === entry.revision) {
          return { ...e, attempts: e.attempts + 1, nextAttemptAt: at, error };
        }
        // The rest of this round wait with it; their own attempt counts are untouched.
        if (waiting.has(e.clientId) && e.state === 'pending' && e.nextAttemptAt < at) {
          return { ...e, nextAttemptAt: at };
        }
        return e;
      }),
      result: undefined,
    }));
    report.retrying = new Set(due.slice(i).map((e) => e.clientId)).size;
    break;
  }
  return report;
}

/** Points the outbox alarm at the earliest due pending clip, or clears it when nothing waits. */
export async function scheduleOutboxAlarm(): Promise<number | null> {
  const pending = (await outboxItem.getValue()).filter((e) => e.state === 'pending');
  if (!pending.length) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return null;
  }
  const when = Math.min(...pending.map((e) => e.nextAttemptAt));
  await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(when, Date.now() + 1) });
  return when;
}

/** Turns a queued clip into the request body for its target. */
export function patchOf(clip: ClipInput): ClipPatch {
  return {
    title: clip.title,
    record: clip.record,
    ...(clip.note !== undefined ? { note: clip.note } : {}),
    ...(clip.quotes?.length ? { quotes: clip.quotes } : {}),
  };
}
