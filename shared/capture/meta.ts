/**
 * Page metadata from the DOM: headline, site name, byline, canonical URL and publication date, read
 * from JSON-LD, OpenGraph and other meta tags, `<time datetime>`, and a visible Indonesian date line
 * ("Senin, 1 April 2019") in a date-classed element. Reads the markup only; never the article text.
 */
import { MONTHS } from '../extract/vocab/calendar.ts';

/** The first meta tag's content among `keys` (property, name or itemprop). */
function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** `YYYY-MM-DD` from an ISO stamp ("2019-04-02T09:15:00+07:00") or nothing. */
export function isoDay(value: string | null | undefined): string | null {
  const m = value?.match(/(\d{4})-(\d{2})-(\d{2})/);
  return m ? validDay(+m[1], +m[2], +m[3]) : null;
}

/** `YYYY-MM-DD` from a written date: "Senin, 1 April 2019", "22 Jun 2023 14:45 WIB", "01/04/2019". */
export function writtenDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = isoDay(value);
  if (iso) return iso;
  const named = value.match(/(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})/);
  if (named) {
    const month = MONTHS[named[2].toLowerCase()];
    if (month) return validDay(+named[3], month, +named[1]);
  }
  const numeric = value.match(/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/);
  return numeric ? validDay(+numeric[3], +numeric[2], +numeric[1]) : null;
}

/** Every object in the page's JSON-LD blocks, `@graph` members included. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      out.push(node as Record<string, unknown>);
      visit((node as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the meta tags still speak.
    }
  }
  return out;
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** The article's own publication day, from the most explicit source the page offers. */
export function publishedDay(doc: Document): string | null {
  for (const node of jsonLd(doc)) {
    const day = isoDay(str(node.datePublished));
    if (day) return day;
  }
  const fromMeta = isoDay(
    meta(
      doc,
      'article:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'publish-date',
      'date',
      'dc.date',
      'DC.date.issued',
    ),
  );
  if (fromMeta) return fromMeta;
  for (const time of Array.from(doc.querySelectorAll('time'))) {
    const day = isoDay(time.getAttribute('datetime')) ?? writtenDay(time.textContent);
    if (day) return day;
  }
  const dated = doc.querySelectorAll(
    '[class*="date" i], [class*="tanggal" i], [class*="time" i], [itemprop="datePublished"], [class*="meta" i]',
  );
  for (const el of Array.from(dated).slice(0, 20)) {
    const text = (el.textContent ?? '').trim();
    if (text.length > 80) continue;
    const day = writtenDay(text);
    if (day) return day;
  }
  return null;
}

/** The headline: OpenGraph / Twitter title, else JSON-LD headline, else the first `<h1>`, else `<title>`. */
export function headline(doc: Document): string {
  const fromLd = jsonLd(doc)
    .map((node) => str(node.headline))
    .find(Boolean);
  return (
    meta(doc, 'og:title', 'twitter:title') ??
    fromLd ??
    doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ??
    doc.title?.trim() ??
    ''
  );
}

export function siteName(doc: Document): string | null {
  const publisher = jsonLd(doc)
    .map((node) => node.publisher as Record<string, unknown> | undefined)
    .map((p) => str(p?.name))
    .find(Boolean);
  return meta(doc, 'og:site_name', 'application-name') ?? publisher ?? null;
}

export function byline(doc: Document): string | null {
  return meta(doc, 'author', 'article:author', 'dc.creator') ?? null;
}

/** `<link rel=canonical>` or `og:url` when present and http(s), else the page URL. */
export function canonicalUrl(doc: Document, pageUrl: string): string {
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
