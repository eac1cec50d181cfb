/** Node's door to page capture: a saved HTML page → the same `captureArticle` the popup runs, on linkedom. */
import { parseHTML } from 'linkedom';
import { captureArticle, type CapturedArticle } from './index.ts';

/** Parses a saved page with linkedom and captures its article. Text that is no page is read as a body. */
export function captureHtml(html: string, pageUrl = 'https://example.invalid/'): CapturedArticle {
  let { document } = parseHTML(html);
  // linkedom leaves documentElement null for input without an element ("", plain text).
  if (!document.documentElement || !document.body) {
    ({ document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`));
  }
  return captureArticle(document as unknown as Document, pageUrl);
}
