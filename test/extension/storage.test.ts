import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SERVER_URL,
  accountItem,
  followItem,
  languageItem,
  lastCohortItem,
  outboxItem,
  sentClipsItem,
  serverUrlItem,
  tokenItem,
} from '../../extension/utils/storage.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('storage items', () => {
  it('fall back to the documented defaults on a fresh install', async () => {
    expect(await serverUrlItem.getValue()).toBe(DEFAULT_SERVER_URL);
    expect(DEFAULT_SERVER_URL).toBe('http://127.0.0.1:8787');
    expect(await tokenItem.getValue()).toBeNull();
    expect(await accountItem.getValue()).toBeNull();
    expect(await languageItem.getValue()).toBe('id');
    expect(await lastCohortItem.getValue()).toBeNull();
    expect(await outboxItem.getValue()).toEqual([]);
    expect(await sentClipsItem.getValue()).toEqual({});
  });

  it('live in storage.local (durable), under stable keys', async () => {
    await tokenItem.setValue('tok');
    await languageItem.setValue('en');
    await lastCohortItem.setValue({ id: 3, name: 'PKA Angkatan II' });
    expect(await fakeBrowser.storage.local.get(null)).toMatchObject({
      token: 'tok',
      language: 'en',
      lastCohort: { id: 3, name: 'PKA Angkatan II' },
    });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keep what version 1 of the sent clips said, as deliveries older than any open popup', async () => {
    await fakeBrowser.storage.local.set({ sentClips: { 'client-0001': 41 }, sentClips$: { v: 1 } });
    // What a context does when it defines the item at start-up.
    await sentClipsItem.migrate();
    expect(await sentClipsItem.getValue()).toEqual({ 'client-0001': { clipId: 41, at: 0 } });
  });

  it('tell watchers about changes (how open pages follow the language choice)', async () => {
    const seen: string[] = [];
    const unwatch = languageItem.watch((value) => seen.push(value));
    await languageItem.setValue('en');
    await languageItem.setValue('id');
    unwatch();
    await languageItem.setValue('en');
    expect(seen).toEqual(['en', 'id']);
  });
});

describe('followItem', () => {
  it('gives the value now, then every change', async () => {
    const seen: unknown[] = [];
    const stop = followItem(sentClipsItem, (sent) => seen.push(sent));
    await new Promise((r) => setTimeout(r, 10));
    await sentClipsItem.setValue({ 'https://a.example/1': { clipId: 7 } as never });
    await new Promise((r) => setTimeout(r, 10));
    stop();
    await sentClipsItem.setValue({});
    expect(seen).toEqual([{}, { 'https://a.example/1': { clipId: 7 } }]);
  });

  it('keeps a change that lands while its first read is on its way, not the older value read', async () => {
    // The first read answers late, with the outbox as it was; meanwhile the outbox empties.
    let answerRead: (entries: string[]) => void = () => {};
    const listeners: ((entries: string[]) => void)[] = [];
    const item = {
      getValue: () => new Promise<string[]>((resolve) => (answerRead = resolve)),
      watch: (cb: (entries: string[]) => void) => {
        listeners.push(cb);
        return () => {};
      },
    };
    const seen: string[][] = [];
    followItem(item as never, (entries: string[]) => seen.push(entries));
    listeners.forEach((cb) => cb([]));
    answerRead(['clip waiting']);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([[]]);
  });

  it('reads the value again every `everyMs`, so a change it never heard of still shows, until stopped', async () => {
    let stored = ['clip waiting'];
    const item = { getValue: async () => stored, watch: () => () => {} };
    const seen: string[][] = [];
    const stop = followItem(item as never, (entries: string[]) => seen.push(entries), { everyMs: 20 });
    await new Promise((r) => setTimeout(r, 5));
    // The outbox empties, and no change event comes.
    stored = [];
    await new Promise((r) => setTimeout(r, 50));
    expect(seen[0]).toEqual(['clip waiting']);
    expect(seen.at(-1)).toEqual([]);
    stop();
    const count = seen.length;
    stored = ['another'];
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(count);
  });
});
