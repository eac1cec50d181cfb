/**
 * Builds the extension for Chrome (MV3) and Firefox (MV2) and prints the sizes: the whole build, and
 * per entrypoint what the browser loads for it (its HTML, scripts and styles, following chunk imports),
 * raw and gzipped (what `import()` loads later on a line of its own), and all JavaScript together. Then, as a lower bound for the popup's "open to filled form" time (the real figure is
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

/** Script and style references in a file: in HTML its tags, in a script its static and dynamic imports. */
function refsOf(path: string): { ref: string; dynamic: boolean }[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.html')) {
    return [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => ({
      ref: m[1]!,
      dynamic: false,
    }));
  }
  if (!path.endsWith('.js')) return [];
  return [
    ...[...text.matchAll(/(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => ({
      ref: m[1]!,
      dynamic: false,
    })),
    ...[...text.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => ({
      ref: m[1]!,
      dynamic: true,
    })),
  ];
}

/**
 * The files one entrypoint makes the browser load: the start file, then every script/style it pulls in.
 * `eager` is what loads before its code runs; `lazy` what it loads later through `import()`.
 */
function closure(outDir: string, start: string): { eager: Set<string>; lazy: Set<string> } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (path: string, dynamic: boolean) => {
    if (eager.has(path) || (dynamic && lazy.has(path))) return;
    (dynamic ? lazy : eager).add(path);
    if (!dynamic) lazy.delete(path);
    for (const { ref, dynamic: isDynamic } of refsOf(path)) {
      const target = ref.startsWith('/') ? join(outDir, ref) : resolve(dirname(path), ref);
      try {
        statSync(target);
        visit(target, dynamic || isDynamic);
      } catch {
        // An absolute URL or a file outside the build: not part of the extension's own weight.
      }
    }
  };
  visit(start, false);
  for (const path of eager) lazy.delete(path);
  return { eager, lazy };
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
  const scripts = size(all.filter((p) => p.endsWith('.js')));
  console.log(`\n${target.name}: ${all.length} files, total ${kb(total.raw)} (gzip ${kb(total.gz)})`);
  console.log(
    `  ${'JavaScript'.padEnd(15)} ${kb(scripts.raw).padStart(9)}  gzip ${kb(scripts.gz).padStart(8)}`,
  );
  const entrypoints = ['background.js', 'popup.html', 'sidepanel.html', 'options.html'];
  const line = (label: string, paths: Set<string>) => {
    const { raw, gz } = size(paths);
    const names = [...paths].map((p) => relative(outDir, p)).join(', ');
    console.log(`  ${label.padEnd(15)} ${kb(raw).padStart(9)}  gzip ${kb(gz).padStart(8)}  (${names})`);
  };
  for (const entry of entrypoints) {
    const { eager, lazy } = closure(outDir, join(outDir, entry));
    line(entry, eager);
    if (lazy.size) line('  + import()', lazy);
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
