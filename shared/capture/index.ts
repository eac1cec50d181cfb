/**
 * Page capture: a parsed `Document` (the live tab's, or one linkedom built from a saved page) → the
 * readable article with its metadata, through defuddle. It reads the DOM only: no fetch, no window
 * globals, so the popup and the CLI run the same code. It does not interpret the text; the extractor does.
 */
import Defuddle from 'defuddle';

export interface CapturedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** `<link rel=canonical>` or `og:url` when present and http(s), else the page URL. */
  canonicalUrl: string;
  /** `YYYY-MM-DD` from JSON-LD, OpenGraph, `article:published_time` or other meta tags, when the page says. */
  publishedAt: string | null;
  /** The article body as plain text, one paragraph a line. */
  text: string;
}

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'FIGCAPTION',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'DL',
  'DT',
  'DD',
]);

/** Plain text of an HTML fragment, a line per block element, spaces folded. */
export function htmlToText(doc: Document, html: string): string {
  const root = doc.createElement('div');
  root.innerHTML = html;
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
      if (tag === 'BR') parts.push('\n');
      const block = BLOCK.has(tag);
      if (block) parts.push('\n');
      node.childNodes.forEach(walk);
      if (block) parts.push('\n');
    }
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function isoDay(value: string | null | undefined): string | null {
  const m = value?.match(/(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function canonicalOf(doc: Document, pageUrl: string): string {
  const candidates = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), meta(doc, 'og:url')];
  for (const href of candidates) {
    if (!href) continue;
    try {
      const url = new URL(href, pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // A malformed canonical link is the page's mistake; fall back to the page URL.
    }
  }
  return pageUrl;
}

/**
 * Reads the article out of a page. Never throws on odd markup: a page defuddle cannot read yields
 * its `<title>` and body text.
 * @example captureArticle(document, location.href).text
 */
export function captureArticle(doc: Document, pageUrl: string): CapturedArticle {
  let parsed: { title?: string; author?: string; site?: string; published?: string; content?: string } = {};
  try {
    parsed = new Defuddle(doc.cloneNode(true) as Document, { url: pageUrl }).parse();
  } catch {
    parsed = {};
  }
  const title =
    meta(doc, 'og:title', 'twitter:title')?.trim() || parsed.title?.trim() || doc.title?.trim() || '';
  const text = parsed.content ? htmlToText(doc, parsed.content) : (doc.body?.textContent ?? '').trim();
  return {
    title,
    byline: parsed.author?.trim() || meta(doc, 'author', 'article:author') || null,
    siteName: parsed.site?.trim() || meta(doc, 'og:site_name') || null,
    canonicalUrl: canonicalOf(doc, pageUrl),
    publishedAt:
      isoDay(parsed.published) ??
      isoDay(
        meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date'),
      ),
    text,
  };
}
