/**
 * Scores the extractor on a fixture folder as the CLI and the shared scorer would, in one process:
 * every `NNN.txt` read as the CLI reads it (line 1 the headline, the rest the body, `--url` from the
 * folder's `urls.tsv` when it has one), its record written as the CLI prints it, then
 * `../shared/eval/score.mjs` run over the folder. Prints the scorer's report; asserts nothing.
 * Run: npx tsx bench/score.ts [FIXTURE_DIR=../shared/fixtures/real] [OUT_DIR] [--verbose]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractLocusRecord } from '../shared/extract/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const dir = path.resolve(args[0] ?? path.join(repoRoot, '../shared/fixtures/real'));
const out = args[1] ? path.resolve(args[1]) : mkdtempSync(path.join(tmpdir(), 'lokus-score-'));
mkdirSync(out, { recursive: true });

/** The page address of each article, from the folder's `urls.tsv` (name TAB url). */
function urlsOf(folder: string): Map<string, string> {
  const file = path.join(folder, 'urls.tsv');
  const urls = new Map<string, string>();
  if (!existsSync(file)) return urls;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [name, url] = line.split('\t');
    if (name && url?.trim()) urls.set(name.trim(), url.trim());
  }
  return urls;
}

const urls = urlsOf(dir);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const name = file.slice(0, -'.txt'.length);
  // As shared/extract/cli.ts reads a .txt file.
  const [title = '', ...body] = readFileSync(path.join(dir, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const record = extractLocusRecord({ title, text: body.join('\n'), url: urls.get(name) ?? null });
  writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
}
const scorer = path.resolve(repoRoot, '../shared/eval/score.mjs');
process.stdout.write(
  execFileSync(process.execPath, [scorer, dir, out, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' }),
);
console.log(`predictions in ${out}`);
