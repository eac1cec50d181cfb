/**
 * Page capture on the saved pages: the article body comes out whole, page chrome stays out, metadata
 * is read, hostile markup stays a plain string, and garbage never throws. Both readers are held to the
 * same body bar, so the choice in shared/capture can be re-made without losing the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { captureArticle, captureWith, type Reader } from '../../shared/capture/index.ts';
import { captureHtml } from '../../shared/capture/node.ts';
import { readWithReadability } from '../../shared/capture/readers.ts';
import { readWithDefuddle } from '../../shared/capture/readers-defuddle.ts';
import { PAGES, PAGES_DIR, articleParagraphs, chromeProbes } from '../fixtures/pages/pages.ts';
import { tokenOverlap } from './score.ts';

const MIN_RECALL = 0.98;
const MIN_PRECISION = 0.9;
const html = (file: string) => readFileSync(path.join(PAGES_DIR, file), 'utf8');
const doc = (file: string) => parseHTML(html(file)).document as unknown as Document;

const READERS: Array<[string, Reader]> = [
  ['readability', (d) => readWithReadability(d)],
  ['defuddle', readWithDefuddle],
];

describe.each(READERS)('body text with %s', (_name, reader) => {
  test.each(PAGES.map((p) => [p.file, p] as const))('%s: article whole, no chrome', (_file, page) => {
    const captured = captureWith(doc(page.file), page.url, reader);
    const { recall, precision } = tokenOverlap(articleParagraphs(page).join('\n'), captured.text);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    const leaked = chromeProbes(page).filter((probe) =>
      captured.text.toLowerCase().includes(probe.toLowerCase()),
    );
    expect(leaked).toEqual([]);
    expect(captured.text).not.toMatch(/^baca juga/im);
  });
});

describe('captureArticle on the saved pages', () => {
  test.each(PAGES.map((p) => [p.file, p] as const))('%s: metadata', (_file, page) => {
    const captured = captureArticle(doc(page.file), page.url);
    expect(captured.title).toBe(page.title);
    expect(captured.siteName).toBe(page.siteName);
    expect(captured.publishedAt).toBe(page.publishedAt);
    expect(captured.canonicalUrl).toBe(page.canonical ?? page.url);
  });

  test('keeps one paragraph a line, in page order', () => {
    const page = PAGES[2];
    const lines = captureArticle(doc(page.file), page.url).text.split('\n');
    const paragraphs = articleParagraphs(page);
    const at = paragraphs.map((p) => lines.indexOf(p.replace(/\s+/g, ' ')));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('captureHtml (the CLI door) reads the same as captureArticle', () => {
    const page = PAGES[4];
    expect(captureHtml(html(page.file), page.url)).toEqual(captureArticle(doc(page.file), page.url));
  });
});

describe('hostile page', () => {
  const page = PAGES.find((p) => p.file === '005_hostile.html')!;
  test('title, site name and body markup come back as plain strings', () => {
    const captured = captureArticle(doc(page.file), page.url);
    expect(captured.title).toBe('<img src=x onerror=alert(1)>');
    expect(captured.siteName).toBe('<script>alert("site")</script>');
    expect(captured.text).toContain(
      'Catatan penyunting: <img src=x onerror=alert(1)> dan <script>alert(3)</script>',
    );
  });
});

describe('garbage in', () => {
  const tag = fc.constantFrom(
    'p',
    'div',
    'article',
    'script',
    'nav',
    'time',
    'meta',
    'h1',
    'a',
    'template',
    'svg',
  );
  const fragment: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc
        .tuple(tag, fc.string(), fc.array(tie('node'), { maxLength: 4 }))
        .map(
          ([t, attr, kids]) =>
            `<${t} class="${attr}" content="${attr}">${(kids as string[]).join('')}</${t}>`,
        ),
      fc.constantFrom(
        '<script type="application/ld+json">{"datePublished":</script>',
        '<link rel="canonical" href="javascript:alert(1)">',
        '<meta property="og:title" content="">',
        '<time datetime="2019-02-31">31 Februari 2019</time>',
        '<!--',
        '<![CDATA[',
      ),
    ),
  })).node;

  test('captureHtml never throws and always returns strings', () => {
    fc.assert(
      fc.property(fragment, fc.webUrl(), (body, url) => {
        const captured = captureHtml(`<html><head></head><body>${body}</body></html>`, url);
        expect(typeof captured.title).toBe('string');
        expect(typeof captured.text).toBe('string');
        expect(captured.canonicalUrl).toMatch(/^https?:/);
        if (captured.publishedAt) expect(captured.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 150 },
    );
  });

  test('random text, not even HTML, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (junk) => {
        expect(() => captureHtml(junk)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
