/**
 * Extractor bench: median milliseconds per fixture article for `extractLocusRecord`, beside the time to
 * parse the same article as a saved HTML page with the capture library (linkedom + reader), and the ratio.
 * Pages come from test/fixtures/pages; an article without one is wrapped in a news-site page here.
 * Targets: under 2 ms per article, and under a quarter of the page parse. Prints figures, asserts nothing.
 * Run: npm run bench:extract
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { captureHtml } from '../shared/capture/node.ts';
import { extractLocusRecord } from '../shared/extract/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articlesDir = path.resolve(repoRoot, '../shared/fixtures/articles');
const pagesDir = path.join(repoRoot, 'test/fixtures/pages');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plausible Indonesian news page around the article: head metadata, navigation, sidebar, footer, scripts. */
function newsPage(title: string, body: string): string {
  const nav = ['Beranda', 'Nasional', 'Daerah', 'Ekonomi', 'Olahraga', 'Opini', 'Indeks']
    .map((item) => `<li><a href="/${item.toLowerCase()}">${item}</a></li>`)
    .join('');
  const related = Array.from(
    { length: 8 },
    (_, i) => `<li><a href="/berita/${i}">Berita terkait nomor ${i}</a></li>`,
  );
  const paragraphs = body
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escape(title)} | Portal Berita</title>
<meta property="og:title" content="${escape(title)}"><meta property="og:site_name" content="Portal Berita">
<link rel="stylesheet" href="/style.css"><script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script></head>
<body><header><div class="logo">Portal Berita</div><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${escape(title)}</h1><div class="meta">Redaksi</div><div class="content">${paragraphs}</div>
<div class="share">Bagikan: Facebook Twitter WhatsApp</div></article>
<aside><h3>Berita Terkait</h3><ul>${related.join('')}</ul><div class="ads">Iklan</div></aside></main>
<footer><p>Copyright © Portal Berita. Hak cipta dilindungi.</p></footer><script src="/app.js"></script></body></html>`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of per-call times, after a warm-up so the JIT and regex caches are settled. */
function time(run: () => unknown, calls: number): number {
  for (let i = 0; i < Math.min(20, calls); i++) run();
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const names = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
console.log('article                   extract ms   page parse ms   ratio   page');
const extractTimes: number[] = [];
const parseTimes: number[] = [];
for (const name of names) {
  const [title = '', ...body] = readFileSync(path.join(articlesDir, `${name}.txt`), 'utf8').split('\n');
  const text = body.join('\n');
  const saved = path.join(pagesDir, `${name}.html`);
  const html = existsSync(saved) ? readFileSync(saved, 'utf8') : newsPage(title, text);
  const extractMs = time(() => extractLocusRecord({ title, text, url: null }), 300);
  const parseMs = time(() => captureHtml(html, 'https://berita.example.id/'), 30);
  extractTimes.push(extractMs);
  parseTimes.push(parseMs);
  console.log(
    `${name.padEnd(24)} ${extractMs.toFixed(3).padStart(10)} ${parseMs.toFixed(3).padStart(15)} ${(extractMs / parseMs).toFixed(3).padStart(7)}   ${existsSync(saved) ? 'saved' : 'wrapped'}`,
  );
}
const extractMedian = median(extractTimes);
const parseMedian = median(parseTimes);
console.log(
  `${'median'.padEnd(24)} ${extractMedian.toFixed(3).padStart(10)} ${parseMedian.toFixed(3).padStart(15)} ${(extractMedian / parseMedian).toFixed(3).padStart(7)}`,
);
console.log(
  `targets: extract < 2 ms per article (${extractMedian < 2 ? 'met' : 'missed'}), ratio < 0.25 (${extractMedian / parseMedian < 0.25 ? 'met' : 'missed'})`,
);
