/**
 * Page capture: a parsed `Document` (the live tab's, or one linkedom built from a saved page) → the
 * readable article with its metadata. Order: clone → strip page chrome (clean.ts) → article reader
 * (readers.ts; choice measured by bench/capture.ts) → plain text (text.ts); metadata from the
 * untouched page (meta.ts). Reads the DOM only: no fetch, no window globals. It does not interpret the text.
 */
import { stripPageChrome } from './clean.ts';
import { byline, canonicalUrl, headline, isoDay, publishedDay, siteName } from './meta.ts';
import { readWithReadability, type ReaderResult } from './readers.ts';
import { nodeToText } from './text.ts';

export interface CapturedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** `<link rel=canonical>` or `og:url` when present and http(s), else the page URL. */
  canonicalUrl: string;
  /** `YYYY-MM-DD` from JSON-LD, OpenGraph, `article:published_time`, `<time>` or a date line, when the page says. */
  publishedAt: string | null;
  /** The article body as plain text, one paragraph a line. */
  text: string;
}

/** An article reader: a document (already a clone the reader may change) → the body HTML and what it read. */
export type Reader = (doc: Document, pageUrl: string) => ReaderResult | null;

/**
 * Captures with a given reader; `strip` false skips the chrome removal. For the bench and tests;
 * everything else calls `captureArticle`.
 */
export function captureWith(doc: Document, pageUrl: string, reader: Reader, strip = true): CapturedArticle {
  let work: Document = doc;
  try {
    work = doc.cloneNode(true) as Document;
    if (strip) stripPageChrome(work);
  } catch {
    work = doc;
  }
  const parsed = safe(() => reader(work, pageUrl));
  // No reader result: the stripped page's body text is still better than nothing to review.
  const text = parsed ? nodeToText(parsed.content) : work.body ? nodeToText(work.body) : '';
  return {
    title: safe(() => headline(doc)) || parsed?.title || '',
    byline: safe(() => byline(doc)) ?? parsed?.byline ?? null,
    siteName: safe(() => siteName(doc)) ?? parsed?.siteName ?? null,
    canonicalUrl: safe(() => canonicalUrl(doc, pageUrl)) ?? pageUrl,
    publishedAt: safe(() => publishedDay(doc)) ?? isoDay(parsed?.published),
    text,
  };
}

function safe<T>(get: () => T): T | null {
  try {
    return get();
  } catch {
    return null;
  }
}

/** The reader bench/capture.ts measured best on the saved pages. */
const READER: Reader = (doc) => readWithReadability(doc);
export const READER_NAME = 'readability';

/**
 * Reads the article out of a page. Never throws on odd markup: a page no reader can read yields its
 * headline and body text.
 * @example captureArticle(document, location.href).text
 */
export function captureArticle(doc: Document, pageUrl: string): CapturedArticle {
  try {
    return captureWith(doc, pageUrl, READER);
  } catch {
    return {
      title: doc?.title ?? '',
      byline: null,
      siteName: null,
      canonicalUrl: pageUrl,
      publishedAt: null,
      text: '',
    };
  }
}
