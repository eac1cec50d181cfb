/**
 * Page chrome removal, run on a clone before the reader: inline "Baca Juga" links, share bars, comment
 * threads, cookie banners. Readers judge blocks by text density, and these short link blocks sit inside
 * the article's own container, so both defuddle and readability keep them. Removes only small blocks.
 */

const CHROME_SELECTORS = [
  '#comments',
  '.comments-area',
  '.comment-list',
  '.comment-respond',
  '[class*="share" i]',
  '[class*="sharing" i]',
  '[class*="social" i]',
  '[id*="cookie" i]',
  '[class*="cookie" i]',
  '[class*="consent" i]',
  '[class*="baca-juga" i]',
  '[class*="bacajuga" i]',
  '[class*="related" i]',
  '[class*="terkait" i]',
  '[class*="breadcrumb" i]',
  'nav',
  'form',
];
/** Lines that introduce another story or a share bar, as Indonesian news sites word them. */
const RELATED_LEAD =
  /^\s*(baca (juga|pula|selengkapnya)|berita terkait|artikel terkait|simak juga|lihat juga)\b/i;
/** Above this many characters a block is content, whatever its class says. */
const MAX_CHROME_TEXT = 600;

function small(el: Element): boolean {
  return (el.textContent ?? '').trim().length <= MAX_CHROME_TEXT;
}

/** Removes page chrome from `doc` in place (call it on a clone). Returns how many blocks went. */
export function stripPageChrome(doc: Document): number {
  let removed = 0;
  const body = doc.body;
  if (!body) return 0;
  for (const selector of CHROME_SELECTORS) {
    let found: Element[];
    try {
      found = Array.from(body.querySelectorAll(selector));
    } catch {
      continue; // A DOM without case-insensitive attribute selectors skips that rule.
    }
    for (const el of found) {
      if (el.isConnected !== false && small(el) && !el.querySelector('article, [class*="content" i] p ~ p')) {
        el.remove();
        removed++;
      }
    }
  }
  for (const el of Array.from(body.querySelectorAll('p, div, li, span, strong, aside'))) {
    const text = el.textContent ?? '';
    if (text.length <= 300 && RELATED_LEAD.test(text) && el.querySelector('a')) {
      el.remove();
      removed++;
    }
  }
  return removed;
}
