/**
 * Capture bench: defuddle vs @mozilla/readability (with and without Lokus's chrome strip, and defuddle
 * with a readability fallback) on the saved pages in test/fixtures/pages, parsed with linkedom.
 * Prints token recall/precision of the article body, leaked chrome strings, metadata hits and time.
 * Run: npm run bench:capture
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { captureWith, READER_NAME, type Reader } from '../shared/capture/index.ts';
import { readWithReadability } from '../shared/capture/readers.ts';
import { readWithDefuddle } from '../shared/capture/readers-defuddle.ts';
import { nodeToText } from '../shared/capture/text.ts';
import { isoDay } from '../shared/capture/meta.ts';
import {
  PAGES,
  PAGES_DIR,
  articleParagraphs,
  chromeProbes,
  type PageSpec,
} from '../test/fixtures/pages/pages.ts';
import { tokenOverlap } from '../test/capture/score.ts';

interface Row {
  title: string | null;
  published: string | null;
  siteName: string | null;
  canonical: string | null;
  text: string;
}
type Config = { name: string; run: (doc: Document, page: PageSpec) => Row };

/** The readers as they come, with their own metadata. */
const raw = (name: string, reader: 'defuddle' | 'readability'): Config => ({
  name,
  run(doc, page) {
    const clone = doc.cloneNode(true) as Document;
    const r = reader === 'defuddle' ? readWithDefuddle(clone, page.url) : readWithReadability(clone);
    return {
      title: r?.title ?? null,
      published: isoDay(r?.published),
      siteName: r?.siteName ?? null,
      canonical: null,
      text: r ? nodeToText(r.content) : '',
    };
  },
});
/** Lokus's pipeline around a reader: chrome strip first, metadata from shared/capture/meta.ts. */
const lokus = (name: string, reader: Reader): Config => ({
  name: `lokus(${name})`,
  run(doc, page) {
    const c = captureWith(doc, page.url, reader);
    return {
      title: c.title,
      published: c.publishedAt,
      siteName: c.siteName,
      canonical: c.canonicalUrl,
      text: c.text,
    };
  },
});
/** defuddle, and readability when defuddle's body is short or missing (the fallback variant measured). */
const defuddleThenReadability: Reader = (doc, url) => {
  const spare = doc.cloneNode(true) as Document;
  const first = readWithDefuddle(doc, url);
  if (first && nodeToText(first.content).length >= 400) return first;
  return readWithReadability(spare) ?? first;
};
const CONFIGS: Config[] = [
  raw('defuddle', 'defuddle'),
  raw('readability', 'readability'),
  lokus('defuddle', readWithDefuddle),
  lokus('readability', (doc) => readWithReadability(doc)),
  lokus('defuddle→readability', defuddleThenReadability),
];

const RUNS = Number(process.env.RUNS ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const pages = PAGES.map((page) => ({ page, html: readFileSync(path.join(PAGES_DIR, page.file), 'utf8') }));
console.log(
  `capture bench — ${pages.length} saved pages, ${RUNS} timed runs each, linkedom, chosen: ${READER_NAME}\n`,
);
console.log(
  ['reader', 'page', 'recall', 'precision', 'leaks', 'title', 'date', 'site', 'canon', 'ms(median)'].join(
    '\t',
  ),
);
const totals: Record<
  string,
  { r: number[]; p: number[]; leaks: number; meta: number; metaOf: number; ms: number[] }
> = {};
for (const config of CONFIGS) {
  const t = (totals[config.name] = {
    r: [] as number[],
    p: [] as number[],
    leaks: 0,
    meta: 0,
    metaOf: 0,
    ms: [] as number[],
  });
  for (const { page, html } of pages) {
    const row = config.run(parseHTML(html).document as unknown as Document, page);
    const { recall, precision } = tokenOverlap(articleParagraphs(page).join('\n'), row.text);
    const leaked = chromeProbes(page).filter((probe) => row.text.toLowerCase().includes(probe.toLowerCase()));
    const checks = [
      row.title === page.title,
      row.published === page.publishedAt,
      row.siteName === page.siteName,
      row.canonical === null ? null : row.canonical === (page.canonical ?? page.url),
    ];
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const doc = parseHTML(html).document as unknown as Document;
      const start = performance.now();
      config.run(doc, page);
      times.push(performance.now() - start);
    }
    t.r.push(recall);
    t.p.push(precision);
    t.leaks += leaked.length;
    t.meta += checks.filter((c) => c === true).length;
    t.metaOf += checks.filter((c) => c !== null).length;
    t.ms.push(median(times));
    const mark = (c: boolean | null) => (c === null ? '–' : c ? 'ok' : 'MISS');
    console.log(
      [
        config.name,
        page.file.slice(0, 3),
        pct(recall),
        pct(precision),
        leaked.length,
        ...checks.map(mark),
        median(times).toFixed(1),
      ].join('\t'),
    );
    if (process.env.VERBOSE && leaked.length) console.log(`    leaked: ${leaked.join(' | ')}`);
  }
}
console.log(
  '\nsummary\nreader\tmin recall\tmean recall\tmean precision\tleaks\tmetadata\tms(median of pages)',
);
for (const [name, t] of Object.entries(totals)) {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    [
      name,
      pct(Math.min(...t.r)),
      pct(mean(t.r)),
      pct(mean(t.p)),
      t.leaks,
      `${t.meta}/${t.metaOf}`,
      median(t.ms).toFixed(1),
    ].join('\t'),
  );
}
