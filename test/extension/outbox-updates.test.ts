/**
 * The outbox's update entries (PATCH of a clip the server has): they survive a restart of the background,
 * back off like creates, go out exactly once and in order after the create they follow, and a clip
 * deleted on the server meanwhile (404) stays in the outbox for the user instead of vanishing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flushWithSession } from '../../extension/utils/delivery.ts';
import {
  OUTBOX_ALARM,
  enqueueClip,
  flushOutbox,
  isDeletedClip,
  listOutbox,
  saveAsNewClip,
  type NewOutboxClip,
  type OutboxEntry,
  type SendOutcome,
} from '../../extension/utils/outbox.ts';
import { outboxItem, sentClipsItem, serverUrlItem, tokenItem } from '../../extension/utils/storage.ts';
import { clipResponse, fakeServer, type RecordedRequest } from './fake-server.ts';
import { clipInput, newClip } from './helpers.ts';

const T0 = 1_700_000_000_000;
const half = () => 0.5;
const networkDown: SendOutcome = { ok: false, status: 0, code: 'network', message: 'Failed to fetch' };

function update(clipId: number, overrides: Parameters<typeof clipInput>[0] = {}): NewOutboxClip {
  return {
    target: { kind: 'update', clipId, cohortId: 7, cohortName: 'PKA Angkatan II' },
    clip: clipInput(overrides),
  };
}

/** A form save: a create that, meeting a clip the cohort already holds, updates it. */
function formSave(overrides: Parameters<typeof clipInput>[0] = {}): NewOutboxClip {
  return {
    target: { kind: 'create', cohortId: 7, cohortName: 'PKA Angkatan II', ifExists: 'update' },
    clip: clipInput(overrides),
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => true);
  await serverUrlItem.setValue('http://127.0.0.1:8787');
  await tokenItem.setValue('tok-widyaiswara-123456');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('update entries', () => {
  it('survive a restart of the background and are sent as a PATCH by the next one', async () => {
    const queued = await enqueueClip(update(50, { note: 'koreksi' }), T0);
    expect((await fakeBrowser.storage.local.get('outbox')).outbox).toEqual([queued]);

    vi.resetModules();
    const fresh = await import('../../extension/utils/delivery.ts');
    const { requests } = fakeServer(() => ({ status: 200, body: { ...clipResponse(queued.clip, 50) } }));
    await fresh.flushWithSession();
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['PATCH /api/clips/50']);
    expect(requests[0]!.body).toMatchObject({ title: queued.clip.title, note: 'koreksi' });
    expect(await listOutbox()).toEqual([]);
    expect((await sentClipsItem.getValue())[queued.clientId]).toEqual({ clipId: 50, at: T0 });
  });

  it('back off 5 s, 10 s, 20 s while the server is down, then go out once', async () => {
    await enqueueClip(update(50), T0);
    let now = T0;
    const send = vi.fn(async (_entry: OutboxEntry): Promise<SendOutcome> => networkDown);
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      await flushOutbox({ send, now: () => now, random: half });
      const [entry] = await listOutbox();
      expect(entry).toMatchObject({ state: 'pending', attempts: i + 1, target: { kind: 'update' } });
      expect((await fakeBrowser.alarms.get(OUTBOX_ALARM))?.scheduledTime).toBe(entry!.nextAttemptAt);
      delays.push(entry!.nextAttemptAt - now);
      now = entry!.nextAttemptAt;
    }
    expect(delays).toEqual([5_000, 10_000, 20_000]);
    send.mockImplementation(async () => ({ ok: true, clipId: 50 }));
    await flushOutbox({ send, now: () => now });
    await flushOutbox({ send, now: () => now + 60_000 });
    expect(send).toHaveBeenCalledTimes(4);
    expect(await listOutbox()).toEqual([]);
  });

  it('of one clip replace each other: one queued change per clip, the newest, in the first one’s place', async () => {
    const first = await enqueueClip(update(50, { note: 'pertama' }), T0);
    await enqueueClip(newClip(), T0 + 1);
    await flushOutbox({
      send: async (e) =>
        e.target.kind === 'update'
          ? { ok: false, status: 422, code: 'invalid', message: 'x' }
          : { ok: true, clipId: 60 },
      now: () => T0 + 2,
    });
    expect((await listOutbox()).map((e) => e.state)).toEqual(['failed']);

    const second = await enqueueClip(update(50, { note: 'kedua' }), T0 + 3);
    expect(second.clientId).toBe(first.clientId);
    const entries = await listOutbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ state: 'pending', createdAt: T0, revision: 2 });
    expect(entries[0]!.clip.note).toBe('kedua');
    expect(entries[0]!.clip.clientId).toBe(first.clientId);
  });
});

describe('a create the server answers with the clip it already held', () => {
  /** A worker whose cohort 7 already holds the page of `known` as clip 50, under another clientId. */
  function serverWithClip(known: string) {
    const stored = { note: 'catatan lama', quotes: ['kutipan rekan'] };
    let nextId = 60;
    const server = fakeServer((req: RecordedRequest) => {
      const body = req.body as { clientId: string; url: string; title: string; note?: string };
      if (req.method === 'POST' && body.url === known) {
        return { status: 200, body: { ...clipResponse({ ...body, clientId: 'someone-else-1' }, 50) } };
      }
      if (req.method === 'POST') return { status: 201, body: clipResponse(body, nextId++) };
      if (req.method === 'PATCH') {
        Object.assign(stored, req.body);
        return { status: 200, body: { ...clipResponse({ ...body, clientId: 'someone-else-1' }, 50) } };
      }
      return { status: 404, body: { error: { code: 'not_found', message: 'x' } } };
    });
    return { ...server, stored };
  }

  it('is followed by a PATCH of the form’s values, sent once, before anything queued after it', async () => {
    const known = 'https://news.example.id/sudah-ada';
    const { requests, stored } = serverWithClip(known);
    const save = await enqueueClip(
      formSave({ url: known, note: 'catatan baru', quotes: ['pilihan'] }),
      T0 - 2,
    );
    const later = await enqueueClip(newClip(), T0 - 1);
    await flushWithSession();
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'POST /api/cohorts/7/clips',
      'PATCH /api/clips/50',
      'POST /api/cohorts/7/clips',
    ]);
    expect(requests[1]!.body).toMatchObject({ title: save.clip.title, note: 'catatan baru' });
    // The POST merged the quote already; the PATCH leaves the clip's quotes alone.
    expect(requests[1]!.body).not.toHaveProperty('quotes');
    expect(stored.note).toBe('catatan baru');
    expect(await listOutbox()).toEqual([]);
    expect(await sentClipsItem.getValue()).toEqual({
      [save.clientId]: { clipId: 50, at: T0 },
      [later.clientId]: { clipId: 60, at: T0 },
    });

    await flushWithSession();
    expect(requests).toHaveLength(3);
  });

  it('keeps waiting as an update when the PATCH fails, and never posts again', async () => {
    const known = 'https://news.example.id/sudah-ada';
    let up = false;
    const { requests } = fakeServer(async (req) => {
      if (req.method === 'PATCH' && !up) return 'network-error';
      const body = req.body as { clientId: string; url: string; title: string };
      return { status: 200, body: clipResponse({ ...body, clientId: 'someone-else-1' }, 50) };
    });
    const save = await enqueueClip(formSave({ url: known }), T0);
    await flushWithSession();
    const [waiting] = await listOutbox();
    expect(waiting).toMatchObject({
      clientId: save.clientId,
      state: 'pending',
      attempts: 1,
      target: { kind: 'update', clipId: 50, cohortId: 7 },
    });
    expect(await sentClipsItem.getValue()).toEqual({});

    up = true;
    vi.setSystemTime(waiting!.nextAttemptAt);
    await flushWithSession();
    expect(requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH']);
    expect(await listOutbox()).toEqual([]);
  });

  it('goes out in order with a later update of the same clip: POST, its PATCH, then the later PATCH', async () => {
    const sent: string[] = [];
    const create = await enqueueClip(formSave({ note: 'dari antrean' }), T0);
    const later = await enqueueClip(update(50, { note: 'dibuka lagi' }), T0 + 1);
    await flushOutbox({
      send: async (e) => {
        sent.push(`${e.target.kind}:${e.clip.note}`);
        return e.target.kind === 'create'
          ? { ok: true, clipId: 50, existing: true }
          : { ok: true, clipId: 50 };
      },
      now: () => T0 + 2,
    });
    expect(sent).toEqual(['create:dari antrean', 'update:dari antrean', 'update:dibuka lagi']);
    expect(create.clientId).not.toBe(later.clientId);
    expect(await listOutbox()).toEqual([]);
  });

  it('is done at once for a quote (the server merged it) and for a repeat of its own create', async () => {
    const quote = await enqueueClip(newClip({ quotes: ['kutipan'] }), T0);
    const repeat = await enqueueClip(formSave(), T0 + 1);
    const send = vi.fn(async (e: OutboxEntry): Promise<SendOutcome> =>
      e.clientId === quote.clientId ? { ok: true, clipId: 50, existing: true } : { ok: true, clipId: 61 },
    );
    await flushOutbox({ send, now: () => T0 + 2 });
    expect(send.mock.calls.map(([e]) => e.target.kind)).toEqual(['create', 'create']);
    expect(send.mock.calls.map(([e]) => e.clientId)).toEqual([quote.clientId, repeat.clientId]);
    expect(await listOutbox()).toEqual([]);
  });
});

describe('an update of a clip deleted on the server meanwhile', () => {
  it('stays in the outbox as failed with the server’s message, and is not sent again by itself', async () => {
    const { requests } = fakeServer(() => ({
      status: 404,
      body: { error: { code: 'not_found', message: 'Kliping tidak ditemukan.' } },
    }));
    const queued = await enqueueClip(update(50), T0);
    const report = await flushWithSession();
    expect(report.failed).toBe(1);
    const [entry] = await listOutbox();
    expect(entry).toMatchObject({
      clientId: queued.clientId,
      state: 'failed',
      error: { status: 404, code: 'not_found', message: 'Kliping tidak ditemukan.' },
    });
    expect(isDeletedClip(entry!)).toBe(true);
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeUndefined();
    vi.setSystemTime(T0 + 3_600_000);
    await flushWithSession();
    expect(requests).toHaveLength(1);
    expect(await sentClipsItem.getValue()).toEqual({});
  });

  it('can be saved as a new clip in the same cohort', async () => {
    let deleted = true;
    const { requests } = fakeServer((req) =>
      req.method === 'PATCH' && deleted
        ? { status: 404, body: { error: { code: 'not_found', message: 'Kliping tidak ditemukan.' } } }
        : { status: 201, body: clipResponse(req.body as never, 70) },
    );
    const queued = await enqueueClip(update(50, { note: 'tetap disimpan' }), T0);
    await flushWithSession();
    deleted = false;
    expect(await saveAsNewClip(queued.clientId, T0)).toBe(true);
    expect((await listOutbox())[0]).toMatchObject({
      state: 'pending',
      error: null,
      target: { kind: 'create', cohortId: 7, cohortName: 'PKA Angkatan II', ifExists: 'update' },
    });
    await flushWithSession();
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'PATCH /api/clips/50',
      'POST /api/cohorts/7/clips',
    ]);
    expect(requests[1]!.body).toMatchObject({ clientId: queued.clientId, note: 'tetap disimpan' });
    expect(await listOutbox()).toEqual([]);
    expect((await sentClipsItem.getValue())[queued.clientId]).toMatchObject({ clipId: 70 });
  });

  it('saveAsNewClip leaves creates and unknown entries alone', async () => {
    const create = await enqueueClip(newClip(), T0);
    expect(await saveAsNewClip(create.clientId)).toBe(false);
    expect(await saveAsNewClip('no-such-client')).toBe(false);
    expect(await outboxItem.getValue()).toHaveLength(1);
  });
});
