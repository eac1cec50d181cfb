/**
 * defuddle as a reader of the same shape as readers.ts, kept for bench/capture.ts so the choice can be
 * measured again. Not imported by the popup or the CLI (it would add ~340 kB to the popup).
 */
import Defuddle from 'defuddle';
import { str, type ReaderResult } from './readers.ts';
import { htmlFragment } from './text.ts';

/** Changes `doc`: pass a clone. */
export function readWithDefuddle(doc: Document, pageUrl: string): ReaderResult | null {
  try {
    const parsed = new Defuddle(doc, { url: pageUrl }).parse();
    if (!parsed.content?.trim()) return null;
    return {
      content: htmlFragment(doc, parsed.content),
      title: str(parsed.title),
      siteName: str(parsed.site),
      byline: str(parsed.author),
      published: str(parsed.published),
    };
  } catch {
    return null;
  }
}
