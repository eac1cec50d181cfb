/**
 * The context-menu clip: a text selection becomes a quote on the page's clip in the last chosen
 * cohort. It is queued like any clip; the server merges the quote into an existing clip of the same
 * canonical URL, or creates the clip with an empty record. The selection is not run through the
 * extractor: that would put the extractor in the background bundle for a fragment of the article;
 * the popup fills a clip's empty record from the whole page when it is opened there.
 */
import type { ClipInput } from '../../shared/schema/index.ts';
import { emptyLocusRecord } from '../../shared/schema/locus-record.ts';
import { enqueueClip, type OutboxEntry } from './outbox.ts';
import { lastCohortItem } from './storage.ts';

export const QUOTE_MENU_ID = 'lokus-clip-selection';
const MAX_QUOTE = 5000;
const MAX_TITLE = 500;

/** Queues `selection` from the page at `pageUrl` as a quote; null when there is nothing to clip. */
export async function enqueueQuote(
  page: { selection: string | undefined; pageUrl: string | undefined; title: string | undefined },
  newClientId: () => string = () => crypto.randomUUID(),
  now = Date.now(),
): Promise<OutboxEntry | null> {
  const quote = page.selection?.trim().slice(0, MAX_QUOTE);
  if (!quote || !page.pageUrl || !/^https?:\/\//i.test(page.pageUrl)) return null;
  const cohort = await lastCohortItem.getValue();
  const title = (page.title?.trim() || page.pageUrl).slice(0, MAX_TITLE);
  const clip: ClipInput = {
    clientId: newClientId(),
    url: page.pageUrl,
    title,
    text: quote,
    record: emptyLocusRecord(title),
    quotes: [quote],
  };
  return enqueueClip(
    { target: { kind: 'create', cohortId: cohort?.id ?? null, cohortName: cohort?.name ?? '' }, clip },
    now,
  );
}
