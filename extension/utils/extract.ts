/**
 * Page → clip draft: parse the HTML the tab gave us, read the article with the shared capture, and
 * fill a locus record with the shared extractor. Pure apart from DOMParser; no network. The heaviest
 * part of the extension (the capture library and the extractor): only the popup loads it, through a
 * dynamic import, and nothing else may import this module.
 */
import { captureArticle, type CapturedArticle } from '../../shared/capture/index.ts';
import { extractLocusRecord } from '../../shared/extract/index.ts';
import type { LocusRecord } from '../../shared/schema/index.ts';

export interface PageSnapshot {
  html: string;
  url: string;
  title: string;
  selection: string;
}

export interface ClipDraft {
  article: CapturedArticle;
  record: LocusRecord;
  selection: string;
}

/** Reads a page snapshot into an article and a prefilled locus record. */
export function draftFromPage(page: PageSnapshot, parser: DOMParser = new DOMParser()): ClipDraft {
  const doc = parser.parseFromString(page.html, 'text/html');
  const article = captureArticle(doc, page.url);
  const title = article.title || page.title || page.url;
  const record = extractLocusRecord({
    title,
    text: article.text,
    url: page.url,
    publishedAt: article.publishedAt,
  });
  if (!record.publishedAt && article.publishedAt) record.publishedAt = article.publishedAt;
  return { article: { ...article, title }, record, selection: page.selection.trim() };
}
