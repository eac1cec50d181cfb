import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshBadge } from '../../extension/utils/badge.ts';
import { deliver } from '../../extension/utils/delivery.ts';
import { listOutbox } from '../../extension/utils/outbox.ts';
import { enqueueQuote } from '../../extension/utils/quote.ts';
import { lastCohortItem, membershipsItem, serverUrlItem, tokenItem } from '../../extension/utils/storage.ts';
import { emptyLocusRecord } from '../../shared/schema/locus-record.ts';
import { fakeServer } from './fake-server.ts';

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

const SELECTION =
  'Peserta Diklatpim IV Bapelkes Semarang belajar inovasi Smart Kampung di Kabupaten Banyuwangi, Jawa Timur.';

describe('context menu: clip the selection as a quote', () => {
  it('queues a clip of the page into the last cohort with the selection as its quote', async () => {
    await lastCohortItem.setValue({ id: 4, name: 'Diklatpim IV Angkatan XII' });
    const entry = await enqueueQuote(
      { selection: `  ${SELECTION}  `, pageUrl: 'https://news.example.id/a?utm_source=x', title: 'Berita' },
      () => 'quote-client-0001',
    );
    expect(entry).toMatchObject({
      clientId: 'quote-client-0001',
      state: 'pending',
      target: { kind: 'create', cohortId: 4, cohortName: 'Diklatpim IV Angkatan XII' },
      clip: {
        url: 'https://news.example.id/a?utm_source=x',
        title: 'Berita',
        quotes: [SELECTION],
        text: SELECTION,
      },
    });
    // No extraction in the background: the record is empty until the popup reads the whole page.
    expect(entry!.clip.record).toEqual(emptyLocusRecord('Berita'));
    expect(await listOutbox()).toHaveLength(1);
  });

  it('ignores empty selections and non-web pages', async () => {
    expect(await enqueueQuote({ selection: '   ', pageUrl: 'https://a.id/', title: 'x' })).toBeNull();
    expect(await enqueueQuote({ selection: 'teks', pageUrl: 'chrome://settings', title: 'x' })).toBeNull();
    expect(await listOutbox()).toEqual([]);
  });

  it('without a chosen cohort the quote waits for the user instead of going nowhere', async () => {
    const entry = await enqueueQuote({ selection: SELECTION, pageUrl: 'https://a.id/b', title: undefined });
    expect(entry!.clip.title).toBe('https://a.id/b');
    expect(await deliver(entry!)).toMatchObject({ ok: false, code: 'no_cohort' });
  });
});

describe('toolbar badge', () => {
  it('marks a tab whose page the server already has, and clears it when not', async () => {
    let known = true;
    const { requests } = fakeServer(() => ({
      status: 200,
      body: { items: known ? [{ cohortId: 4, cohortName: 'PKA II', slug: 'pka-ii-x1', clipId: 9 }] : [] },
    }));
    await refreshBadge(3, 'https://news.example.id/a');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('✓');
    expect(requests[0]!.url).toBe('http://127.0.0.1:8787/api/lookup?url=https%3A%2F%2Fnews.example.id%2Fa');
    known = false;
    await refreshBadge(3, 'https://news.example.id/a');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('names every cohort of the account that holds the page, and none that was archived', async () => {
    await membershipsItem.setValue([
      { cohortId: 4, cohortName: 'PKA II', slug: 'pka-ii-x1', role: 'widyaiswara' },
      { cohortId: 5, cohortName: 'PKP V', slug: 'pkp-v-x2', role: 'widyaiswara' },
    ]);
    fakeServer(() => ({
      status: 200,
      body: {
        items: [
          { cohortId: 4, cohortName: 'PKA II', slug: 'pka-ii-x1', clipId: 9 },
          { cohortId: 5, cohortName: 'PKP V', slug: 'pkp-v-x2', clipId: 12 },
          { cohortId: 6, cohortName: 'Diarsipkan', slug: 'arsip-x3', clipId: 2 },
        ],
      },
    }));
    await refreshBadge(3, 'https://news.example.id/a');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('Sudah dikliping di PKA II, PKP V');
  });

  it('asks nothing without host access, without a token, or for non-web tabs', async () => {
    const { requests } = fakeServer(() => ({ status: 200, body: { items: [] } }));
    permitted = false;
    await refreshBadge(3, 'https://news.example.id/a');
    permitted = true;
    await refreshBadge(3, 'chrome://newtab/');
    await refreshBadge(3, undefined);
    await tokenItem.setValue(null);
    await refreshBadge(3, 'https://news.example.id/a');
    expect(requests).toHaveLength(0);
  });
});
