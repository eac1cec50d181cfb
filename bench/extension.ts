/**
 * Builds the extension for Chrome (MV3) and Firefox (MV2) and prints the sizes: the whole build, and
 * per entrypoint what the browser loads for it (its HTML, scripts and styles, following chunk imports),
 * raw and gzipped. Then, as a lower bound for the popup's "open to filled form" time (the real figure is
 * measured in Chromium by bench/popup.ts), the pure part of it in Node: parse a saved page, capture the
 * article, extract the record, build the form draft.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { draftFromPage } from '../extension/utils/extract.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TARGETS = [
  { name: 'chrome-mv3', args: [] as string[] },
  { name: 'firefox-mv2', args: ['-b', 'firefox'] },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The files one entrypoint makes the browser load: the start file, then every script/style it pulls in. */
function closure(outDir: string, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    const refs = path.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
      : path.endsWith('.js')
        ? [...text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!)
        : [];
    for (const ref of refs) {
      const target = ref.startsWith('/') ? join(outDir, ref) : resolve(dirname(path), ref);
      try {
        statSync(target);
        visit(target);
      } catch {
        // An absolute URL or a file outside the build: not part of the extension's own weight.
      }
    }
  };
  visit(start);
  return seen;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const size = (paths: Iterable<string>) => {
  let raw = 0;
  let gz = 0;
  for (const path of paths) {
    const content = readFileSync(path);
    raw += content.length;
    gz += gzipSync(content).length;
  }
  return { raw, gz };
};

for (const target of TARGETS) {
  execFileSync('npx', ['wxt', 'build', 'extension', ...target.args], { cwd: ROOT, stdio: 'ignore' });
  const outDir = join(ROOT, 'extension/.output', target.name);
  const all = files(outDir);
  const total = size(all);
  console.log(`\n${target.name}: ${all.length} files, total ${kb(total.raw)} (gzip ${kb(total.gz)})`);
  const entrypoints = ['background.js', 'popup.html', 'sidepanel.html', 'options.html'];
  for (const entry of entrypoints) {
    const start = join(outDir, entry);
    const loaded = closure(outDir, start);
    const { raw, gz } = size(loaded);
    const names = [...loaded].map((p) => relative(outDir, p)).join(', ');
    console.log(`  ${entry.padEnd(15)} ${kb(raw).padStart(9)}  gzip ${kb(gz).padStart(8)}  (${names})`);
  }
  const locales = all.filter((p) => p.includes('_locales'));
  console.log(`  ${'_locales'.padEnd(15)} ${kb(size(locales).raw).padStart(9)}`);
}

// The pure part of "popup opened → form filled", on the saved fixture pages.
const pagesDir = join(ROOT, 'test/fixtures/pages');
const pages = readdirSync(pagesDir).filter((name) => name.endsWith('.html'));
console.log('\npopup pipeline in Node (linkedom DOMParser → capture → extract → draft), median of 20 runs:');
for (const name of pages) {
  const html = readFileSync(join(pagesDir, name), 'utf8');
  const page = { html, url: `http://127.0.0.1:8799/${name}`, title: '', selection: '' };
  const parser = new DOMParser() as unknown as globalThis.DOMParser;
  draftFromPage(page, parser); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    draftFromPage(page, parser);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(28)} ${times[10]!.toFixed(1).padStart(6)} ms  (${kb(html.length)} page)`);
}
