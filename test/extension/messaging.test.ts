import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '../../extension/utils/background.ts';
import { sendMessage } from '../../extension/utils/messaging.ts';
import { enqueueClip, flushOutbox, listOutbox, OUTBOX_ALARM } from '../../extension/utils/outbox.ts';
import { serverUrlItem, tokenItem } from '../../extension/utils/storage.ts';
import { clipResponse, fakeServer } from './fake-server.ts';
import { newClip } from './helpers.ts';

let unregister: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => true);
  await serverUrlItem.setValue('http://127.0.0.1:8787');
  await tokenItem.setValue('tok-widyaiswara-123456');
  unregister = registerMessageHandlers();
});
afterEach(() => {
  unregister();
  vi.restoreAllMocks();
});

/** Lets the fire-and-forget flush the handlers start run to its end. */
const settle = () => flushOutbox({ send: async () => ({ ok: true, clipId: 0 }), now: () => 0 });

describe('popup ↔ background protocol', () => {
  it('enqueueClip answers only once the clip is in storage, then the background sends it', async () => {
    let release!: () => void;
    const serverAnswers = new Promise<void>((r) => (release = r));
    const { requests } = fakeServer(async (req) => {
      await serverAnswers;
      return { status: 201, body: clipResponse(req.body as never, 8) };
    });
    const clip = newClip();
    const entry = await sendMessage('enqueueClip', clip);
    expect(entry.clientId).toBe(clip.clip.clientId);
    const stored = (await fakeBrowser.storage.local.get('outbox')).outbox as { clientId: string }[];
    expect(stored.map((e) => e.clientId)).toEqual([clip.clip.clientId]);
    release();
    await vi.waitFor(async () => expect(await listOutbox()).toEqual([]));
    await settle();
    expect(requests.map((r) => (r.body as { clientId: string }).clientId)).toEqual([clip.clip.clientId]);
  });

  it('keeps the clip queued with an alarm set when the server is down', async () => {
    fakeServer(() => 'network-error');
    const clip = newClip();
    await sendMessage('enqueueClip', clip);
    await vi.waitFor(async () => expect((await listOutbox())[0]?.attempts).toBe(1));
    const [queued] = await listOutbox();
    expect(queued).toMatchObject({ state: 'pending', clientId: clip.clip.clientId });
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toMatchObject({
      name: OUTBOX_ALARM,
      scheduledTime: queued!.nextAttemptAt,
    });
  });

  it('discardClip and retryClip act on the stored outbox', async () => {
    fakeServer(() => ({
      status: 403,
      body: { error: { code: 'forbidden', message: 'Bukan anggota angkatan ini' } },
    }));
    const clip = newClip();
    await sendMessage('enqueueClip', clip);
    await vi.waitFor(async () => expect((await listOutbox())[0]?.state).toBe('failed'));
    expect((await listOutbox())[0]!.error?.message).toBe('Bukan anggota angkatan ini');

    expect(await sendMessage('retryClip', clip.clip.clientId)).toBe(true);
    await vi.waitFor(async () => expect((await listOutbox())[0]?.state).toBe('failed'));
    expect(await sendMessage('discardClip', clip.clip.clientId)).toBe(true);
    expect(await listOutbox()).toEqual([]);
    expect(await sendMessage('discardClip', 'no-such-client')).toBe(false);
  });

  it('saveAsNewClip posts an edit whose clip was deleted on the server as a new clip', async () => {
    const { requests } = fakeServer((req) =>
      req.method === 'PATCH'
        ? { status: 404, body: { error: { code: 'not_found', message: 'Kliping tidak ditemukan.' } } }
        : { status: 201, body: clipResponse(req.body as never, 9) },
    );
    const clip = newClip();
    await sendMessage('enqueueClip', {
      target: { kind: 'update', clipId: 4, cohortId: 7, cohortName: 'PKA Angkatan II' },
      clip: clip.clip,
    });
    await vi.waitFor(async () => expect((await listOutbox())[0]?.state).toBe('failed'));
    expect(await sendMessage('saveAsNewClip', clip.clip.clientId)).toBe(true);
    await vi.waitFor(async () => expect(await listOutbox()).toEqual([]));
    await settle();
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'PATCH /api/clips/4',
      'POST /api/cohorts/7/clips',
    ]);
  });

  it('sessionChanged re-sends clips that failed for want of a sign-in', async () => {
    await tokenItem.setValue(null);
    const clip = newClip();
    await enqueueClip(clip);
    await sendMessage('flushOutbox');
    expect((await listOutbox())[0]).toMatchObject({ state: 'failed', error: { code: 'not_signed_in' } });

    const { requests } = fakeServer((req) => ({ status: 201, body: clipResponse(req.body as never, 2) }));
    await tokenItem.setValue('tok-new-000000000000');
    await sendMessage('sessionChanged');
    await vi.waitFor(async () => expect(await listOutbox()).toEqual([]));
    expect(requests).toHaveLength(1);
  });

  it('setClippedBadge marks and clears the tab badge', async () => {
    await sendMessage('setClippedBadge', { tabId: 1, clipped: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('✓');
    await sendMessage('setClippedBadge', { tabId: 1, clipped: false });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
  });
});
