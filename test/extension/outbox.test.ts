import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  OUTBOX_ALARM,
  backoffDelay,
  classifyFailure,
  discardClip,
  enqueueClip,
  flushOutbox,
  listOutbox,
  retryClip,
  wakeOutbox,
  type OutboxEntry,
  type SendOutcome,
} from '../../extension/utils/outbox.ts';
import { outboxItem } from '../../extension/utils/storage.ts';
import { newClip } from './helpers.ts';

const T0 = 1_700_000_000_000;
const half = () => 0.5; // no jitter
const networkDown: SendOutcome = { ok: false, status: 0, code: 'network', message: 'Failed to fetch' };

beforeEach(() => {
  fakeBrowser.reset();
  // The alarm is never set in the past: pin the clock the outbox compares against.
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('classifyFailure', () => {
  it.each([
    [0, 'network', 'retry'],
    [500, 'internal', 'retry'],
    [502, 'http_502', 'retry'],
    [503, 'http_503', 'retry'],
    [429, 'too_many', 'retry'],
    [400, 'malformed_json', 'needs-user'],
    [401, 'unauthorized', 'needs-user'],
    [403, 'forbidden', 'needs-user'],
    [404, 'not_found', 'needs-user'],
    [409, 'conflict', 'needs-user'],
    [410, 'invite_revoked', 'needs-user'],
    [413, 'too_large', 'needs-user'],
    [422, 'invalid', 'needs-user'],
    [0, 'not_signed_in', 'needs-user'],
    [0, 'no_permission', 'needs-user'],
    [0, 'no_cohort', 'needs-user'],
  ] as const)('status %i (%s) → %s', (status, code, expected) => {
    expect(classifyFailure({ status, code })).toBe(expected);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base and stops at the cap', () => {
    const schedule = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => backoffDelay(n, half));
    expect(schedule.slice(0, 5)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000]);
    expect(Math.max(...schedule)).toBe(BACKOFF_MAX_MS);
    expect(schedule.at(-1)).toBe(BACKOFF_MAX_MS);
    for (let i = 1; i < schedule.length; i++) expect(schedule[i]).toBeGreaterThanOrEqual(schedule[i - 1]!);
  });

  it('spreads retries by at most ±20 %', () => {
    expect(backoffDelay(1, () => 0)).toBe(BACKOFF_BASE_MS * 0.8);
    expect(backoffDelay(1, () => 1)).toBe(BACKOFF_BASE_MS * 1.2);
  });
});

describe('enqueueClip', () => {
  it('persists the clip in storage.local before anything is sent', async () => {
    const clip = newClip();
    const entry = await enqueueClip(clip, T0);
    const raw = await fakeBrowser.storage.local.get('outbox');
    expect(raw.outbox).toEqual([entry]);
    expect(entry).toMatchObject({
      clientId: clip.clip.clientId,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: T0,
    });
  });

  it('replaces an entry with the same clientId instead of adding a second one', async () => {
    const clip = newClip();
    await enqueueClip(clip, T0);
    await enqueueClip({ ...clip, clip: { ...clip.clip, title: 'Judul yang dikoreksi' } }, T0 + 5);
    const entries = await listOutbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ clientId: clip.clip.clientId, revision: 2, createdAt: T0 });
    expect(entries[0]!.clip.title).toBe('Judul yang dikoreksi');
  });

  it('keeps concurrent enqueues (no lost read-modify-write)', async () => {
    await Promise.all([enqueueClip(newClip()), enqueueClip(newClip()), enqueueClip(newClip())]);
    expect(await listOutbox()).toHaveLength(3);
  });
});

describe('flushOutbox', () => {
  it('sends a pending clip that is already in storage, then removes it', async () => {
    const clip = newClip();
    await enqueueClip(clip, T0);
    const seenInStorage: OutboxEntry[][] = [];
    const send = vi.fn(async (_entry: OutboxEntry): Promise<SendOutcome> => {
      seenInStorage.push(await outboxItem.getValue());
      return { ok: true, clipId: 41 };
    });
    const onSent = vi.fn();
    const report = await flushOutbox({ send, now: () => T0, onSent });
    expect(report).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(seenInStorage[0]!.map((e) => e.clientId)).toEqual([clip.clip.clientId]);
    expect(send.mock.calls[0]![0].clip.clientId).toBe(clip.clip.clientId);
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ clientId: clip.clip.clientId }), 41);
    expect(await listOutbox()).toEqual([]);
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeUndefined();
  });

  it('backs off exponentially on network errors and sets the alarm for the next attempt', async () => {
    const clip = newClip();
    await enqueueClip(clip, T0);
    let now = T0;
    const send = vi.fn(async (_entry: OutboxEntry): Promise<SendOutcome> => networkDown);
    const attempts: number[] = [];
    for (let i = 0; i < 4; i++) {
      await flushOutbox({ send, now: () => now, random: half });
      const [entry] = await listOutbox();
      attempts.push(entry!.nextAttemptAt - now);
      expect(entry).toMatchObject({
        state: 'pending',
        attempts: i + 1,
        error: { code: 'network', status: 0 },
      });
      expect((await fakeBrowser.alarms.get(OUTBOX_ALARM))?.scheduledTime).toBe(entry!.nextAttemptAt);
      // Not due yet: a flush before the alarm sends nothing.
      await flushOutbox({ send, now: () => now + 1, random: half });
      now = entry!.nextAttemptAt;
    }
    expect(attempts).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(send).toHaveBeenCalledTimes(4);
    // Every retry carried the same clientId, so the server can never make two clips of it.
    expect(new Set(send.mock.calls.map(([e]) => e.clip.clientId))).toEqual(new Set([clip.clip.clientId]));
  });

  it('retries 5xx and 429, honouring Retry-After when it is longer than the backoff', async () => {
    await enqueueClip(newClip(), T0);
    await flushOutbox({
      send: async () => ({
        ok: false,
        status: 429,
        code: 'http_429',
        message: 'slow down',
        retryAfterMs: 60_000,
      }),
      now: () => T0,
      random: half,
    });
    const [entry] = await listOutbox();
    expect(entry).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: T0 + 60_000 });
  });

  it.each([401, 403, 404, 409, 410, 413, 422])(
    'keeps a clip rejected with %i as failed, with the server message, and stops sending it',
    async (status) => {
      await enqueueClip(newClip(), T0);
      const send = vi.fn(async (): Promise<SendOutcome> => ({
        ok: false,
        status,
        code: 'x',
        message: 'Pesan dari server',
        issues: [{ path: 'title', message: 'Judul wajib diisi' }],
      }));
      const report = await flushOutbox({ send, now: () => T0 });
      expect(report.failed).toBe(1);
      const [entry] = await listOutbox();
      expect(entry).toMatchObject({
        state: 'failed',
        error: {
          status,
          message: 'Pesan dari server',
          issues: [{ path: 'title', message: 'Judul wajib diisi' }],
        },
      });
      await flushOutbox({ send, now: () => T0 + BACKOFF_MAX_MS * 10 });
      expect(send).toHaveBeenCalledTimes(1);
      expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeUndefined();
    },
  );

  it('sends oldest first and, when the server is down, holds the rest back with the first', async () => {
    const a = newClip();
    const b = newClip();
    const c = newClip();
    await enqueueClip(a, T0);
    await enqueueClip(b, T0 + 1);
    await enqueueClip(c, T0 + 2);
    const send = vi.fn(async () => networkDown);
    const report = await flushOutbox({ send, now: () => T0 + 10, random: half });
    expect(send).toHaveBeenCalledTimes(1);
    expect(report.retrying).toBe(3);
    const entries = await listOutbox();
    expect(entries.map((e) => e.attempts)).toEqual([1, 0, 0]);
    expect(new Set(entries.map((e) => e.nextAttemptAt))).toEqual(new Set([T0 + 10 + 5_000]));

    const sent: string[] = [];
    await flushOutbox({
      send: async (e) => (sent.push(e.clientId), { ok: true, clipId: sent.length }),
      now: () => T0 + 10 + 5_000,
    });
    expect(sent).toEqual([a.clip.clientId, b.clip.clientId, c.clip.clientId]);
    expect(await listOutbox()).toEqual([]);
  });

  it('shares one round between concurrent flushes, so no clip is sent twice at once', async () => {
    await enqueueClip(newClip(), T0);
    await enqueueClip(newClip(), T0);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const send = vi.fn(async (): Promise<SendOutcome> => {
      await gate;
      return { ok: true, clipId: 1 };
    });
    const first = flushOutbox({ send, now: () => T0 });
    const second = flushOutbox({ send, now: () => T0 });
    release();
    await Promise.all([first, second]);
    expect(send).toHaveBeenCalledTimes(2);
    expect(await listOutbox()).toEqual([]);
  });

  it('turns an edit made while the clip was in flight into an update of the created clip', async () => {
    const clip = newClip();
    await enqueueClip(clip, T0);
    const send = vi.fn(async (): Promise<SendOutcome> => {
      await enqueueClip({ ...clip, clip: { ...clip.clip, note: 'koreksi' } }, T0);
      return { ok: true, clipId: 99 };
    });
    await flushOutbox({ send, now: () => T0 });
    const [entry] = await listOutbox();
    expect(entry).toMatchObject({ state: 'pending', target: { kind: 'update', clipId: 99 } });
    expect(entry!.clip.note).toBe('koreksi');
  });

  it('picks up clips left in storage by an earlier run of the background', async () => {
    await enqueueClip(newClip(), T0);
    vi.resetModules();
    const fresh = await import('../../extension/utils/outbox.ts');
    const send = vi.fn(async (): Promise<SendOutcome> => ({ ok: true, clipId: 5 }));
    await fresh.flushOutbox({ send, now: () => T0 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(await fresh.listOutbox()).toEqual([]);
  });
});

describe('retry, wake and discard', () => {
  it('retryClip makes a failed clip due again and it is sent', async () => {
    const clip = newClip();
    await enqueueClip(clip, T0);
    await flushOutbox({
      send: async () => ({ ok: false, status: 401, code: 'unauthorized', message: 'x' }),
      now: () => T0,
    });
    expect((await listOutbox())[0]!.state).toBe('failed');
    expect(await retryClip(clip.clip.clientId, T0 + 1)).toBe(true);
    const send = vi.fn(async (): Promise<SendOutcome> => ({ ok: true, clipId: 3 }));
    await flushOutbox({ send, now: () => T0 + 1 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(await listOutbox()).toEqual([]);
  });

  it('wakeOutbox revives only the failures the predicate says are gone', async () => {
    const unauthorised = newClip();
    const invalid = newClip();
    await enqueueClip(unauthorised, T0);
    await enqueueClip(invalid, T0);
    await flushOutbox({
      send: async (e) =>
        e.clientId === unauthorised.clip.clientId
          ? { ok: false, status: 401, code: 'unauthorized', message: 'x' }
          : { ok: false, status: 422, code: 'invalid', message: 'y' },
      now: () => T0,
    });
    await wakeOutbox(T0 + 1, (error) => error.status === 401);
    const states = Object.fromEntries((await listOutbox()).map((e) => [e.clientId, e.state]));
    expect(states).toEqual({ [unauthorised.clip.clientId]: 'pending', [invalid.clip.clientId]: 'failed' });
  });

  it('discardClip removes the clip and reports whether it was there', async () => {
    const clip = newClip();
    await enqueueClip(clip, T0);
    expect(await discardClip(clip.clip.clientId)).toBe(true);
    expect(await discardClip(clip.clip.clientId)).toBe(false);
    expect(await listOutbox()).toEqual([]);
  });
});
