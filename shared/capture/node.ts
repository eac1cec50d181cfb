/** Node's door to page capture: a saved HTML page → the same `captureArticle` the popup runs, on linkedom. */
import { parseHTML } from 'linkedom';
import { captureArticle, type CapturedArticle } from './index.ts';

/** Parses a saved page with linkedom and captures its article. */
export function captureHtml(html: string, pageUrl = 'https://example.invalid/'): CapturedArticle {
  const { document } = parseHTML(html);
  return captureArticle(document as unknown as Document, pageUrl);
}
