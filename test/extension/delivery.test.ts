import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApi, REQUEST_TIMEOUT_MS } from '../../extension/utils/api.ts';
import { deliver, flushWithSession, rememberSent } from '../../extension/utils/delivery.ts';
import { classifyFailure, enqueueClip, listOutbox } from '../../extension/utils/outbox.ts';
import { languageItem, sentClipsItem, serverUrlItem, tokenItem } from '../../extension/utils/storage.ts';
import { clipResponse, fakeServer } from './fake-server.ts';
import { newClip } from './helpers.ts';

let permitted = true;

beforeEach(async () => {
  fakeBrowser.reset();
  permitted = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => permitted);
  await serverUrlItem.setValue('http://127.0.0.1:8787');
  await tokenItem.setValue('tok-widyaiswara-123456');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('deliver', () => {
  it('posts the clip with its clientId, the bearer token and the UI language', async () => {
    const { requests } = fakeServer((req) => ({ status: 201, body: clipResponse(req.body as never, 12) }));
    await languageItem.setValue('en');
    const entry = await enqueueClip(newClip());
    const outcome = await deliver(entry);
    expect(outcome).toEqual({ ok: true, clipId: 12 });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: 'http://127.0.0.1:8787/api/cohorts/7/clips',
      headers: { authorization: 'Bearer tok-widyaiswara-123456', 'accept-language': 'en' },
      body: { clientId: entry.clientId, url: entry.clip.url, title: entry.clip.title },
    });
  });

  it('patches the clip for an update', async () => {
    const { requests } = fakeServer(() => ({ status: 200, body: { id: 5 } }));
    const clip = newClip();
    const entry = await enqueueClip({ ...clip, target: { kind: 'update', clipId: 5, cohortName: 'X' } });
    expect(await deliver(entry)).toEqual({ ok: true, clipId: 5 });
    expect(requests[0]).toMatchObject({ method: 'PATCH', url: 'http://127.0.0.1:8787/api/clips/5' });
    expect(requests[0]!.body).toMatchObject({ title: clip.clip.title, record: clip.clip.record });
    expect(requests[0]!.body).not.toHaveProperty('clientId');
  });

  it('passes on the server error body and status', async () => {
    fakeServer(() => ({
      status: 422,
      body: {
        error: { code: 'invalid', message: 'Judul wajib diisi', issues: [{ path: 'title', message: 'x' }] },
      },
    }));
    const outcome = await deliver(await enqueueClip(newClip()));
    expect(outcome).toEqual({
      ok: false,
      status: 422,
      code: 'invalid',
      message: 'Judul wajib diisi',
      issues: [{ path: 'title', message: 'x' }],
    });
  });

  it('reports an unreachable server as status 0', async () => {
    fakeServer(() => 'network-error');
    expect(await deliver(await enqueueClip(newClip()))).toMatchObject({
      ok: false,
      status: 0,
      code: 'network',
    });
  });

  it('gives up on a request that gets no answer: a retryable timeout, not a hang', async () => {
    // Like a real fetch, it ends only when its signal aborts.
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
      );
    const api = createApi({
      serverUrl: 'http://127.0.0.1:8787',
      token: 'tok-widyaiswara-123456',
      language: 'id',
      fetch: silent,
      timeoutMs: 50,
    });
    const res = await api.postClip(7, newClip().clip);
    expect(res).toMatchObject({ ok: false, status: 0, error: { code: 'timeout' } });
    expect(classifyFailure({ status: 0, code: 'timeout' })).toBe('retry');
    expect(REQUEST_TIMEOUT_MS).toBe(30_000);
  });

  it('does not call the server when signed out, without host access, or without a cohort', async () => {
    const { requests } = fakeServer(() => ({ status: 201, body: {} }));
    const entry = await enqueueClip(newClip());
    permitted = false;
    expect(await deliver(entry)).toMatchObject({ ok: false, status: 0, code: 'no_permission' });
    permitted = true;
    expect(await deliver(await enqueueClip(newClip({}, null)))).toMatchObject({ code: 'no_cohort' });
    await tokenItem.setValue(null);
    expect(await deliver(entry)).toMatchObject({
      ok: false,
      status: 0,
      code: 'not_signed_in',
      message: 'Masuk dulu di Pengaturan Lokus.',
    });
    expect(requests).toHaveLength(0);
  });
});

describe('flushWithSession', () => {
  it('delivers three clips queued while the server was down exactly once each after it comes back', async () => {
    let up = false;
    const created = new Map<string, number>();
    const { requests } = fakeServer((req) => {
      if (!up) return 'network-error';
      const body = req.body as { clientId: string; url: string; title: string };
      // The worker's idempotency: the same clientId answers the existing clip.
      const existing = created.get(body.clientId);
      if (existing) return { status: 200, body: clipResponse(body, existing) };
      created.set(body.clientId, created.size + 1);
      return { status: 201, body: clipResponse(body, created.size) };
    });
    const clips = [newClip(), newClip(), newClip()];
    for (const clip of clips) await enqueueClip(clip);
    await flushWithSession();
    expect((await listOutbox()).map((e) => e.state)).toEqual(['pending', 'pending', 'pending']);

    up = true;
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    try {
      await flushWithSession();
    } finally {
      vi.useRealTimers();
    }
    expect(await listOutbox()).toEqual([]);
    expect(created.size).toBe(3);
    const posts = requests.filter((r) => r.method === 'POST');
    expect(
      posts.filter((r) => (r.body as { clientId: string }).clientId === clips[0]!.clip.clientId),
    ).toHaveLength(2);
    expect(Object.keys(await sentClipsItem.getValue()).sort()).toEqual(
      clips.map((c) => c.clip.clientId).sort(),
    );
  });
});

describe('rememberSent', () => {
  it('dates every delivery, so a popup can tell this save’s delivery from an earlier one of the clip', async () => {
    const entry = await enqueueClip(newClip());
    await rememberSent(entry, 41, 1_000);
    await rememberSent({ ...entry, clientId: 'other-client-01' }, 42, 1_500);
    await rememberSent(entry, 41, 2_000);
    const sent = await sentClipsItem.getValue();
    expect(sent[entry.clientId]).toEqual({ clipId: 41, at: 2_000 });
    // The newest stays last, so trimming to the most recent 200 never drops it.
    expect(Object.keys(sent).at(-1)).toBe(entry.clientId);
  });
});
