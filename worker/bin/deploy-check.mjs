#!/usr/bin/env node
/**
 * `npm run deploy:check -- [--outdir DIR]`: proves the worker bundles for Cloudflare without an account —
 * `wrangler deploy --dry-run --outdir` (wrangler's own build, bindings and upload size), the bundle's gzip size
 * against Cloudflare's Free-plan limit (3 MiB) — and lists the D1 migrations that `wrangler d1 migrations apply`
 * would run, checking they are numbered 0001, 0002, … without gaps. Exit 1 on any failure. It deploys nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wranglerBin = path.join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const migrationsDir = path.join(root, 'worker', 'migrations');
const GZIP_LIMIT = 3 * 2 ** 20;
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: process.env.CLOUDFLARE_CF_FETCH_ENABLED ?? 'false',
  NO_COLOR: '1',
};

function fail(id, en) {
  console.error(`✗ ${id}\n  ${en}`);
  process.exit(1);
}

/** The migration files in order; a gap, a repeated number or a stray name is an error. */
function migrations() {
  const files = readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  files.forEach((name, i) => {
    const expected = String(i + 1).padStart(4, '0');
    if (!/^\d{4}_[a-z0-9_]+\.sql$/.test(name) || !name.startsWith(`${expected}_`))
      fail(
        `Migrasi ${name}: diharapkan ${expected}_kata_kerja_benda.sql`,
        `Migration ${name}: expected ${expected}_verb_noun.sql`,
      );
  });
  return files;
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--outdir');
  const keep =
    at >= 0
      ? path.resolve(args[at + 1] ?? fail('--outdir perlu direktori', '--outdir needs a directory'))
      : null;
  const outdir = keep ?? mkdtempSync(path.join(tmpdir(), 'lokus-deploy-check-'));
  console.log('› wrangler deploy --dry-run (tanpa akun, tidak mengunggah / no account, uploads nothing)');
  const run = spawnSync(process.execPath, [wranglerBin, 'deploy', '--dry-run', '--outdir', outdir], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) fail(`wrangler deploy --dry-run gagal (exit ${run.status})`, output.trim());
  for (const line of output.split('\n'))
    if (/Total Upload|env\.|Binding/.test(line)) console.log(`  ${line.trim()}`);
  const bundle = readFileSync(path.join(outdir, 'index.js'));
  const gzip = gzipSync(bundle).length;
  if (!keep) rmSync(outdir, { recursive: true, force: true });
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  console.log(
    `✓ bundel / bundle: index.js ${kib(bundle.length)}, gzip ${kib(gzip)} (batas Free / Free-plan limit ${kib(GZIP_LIMIT)})` +
      (keep ? ` in ${keep}` : ''),
  );
  if (gzip > GZIP_LIMIT) fail('Bundel melewati batas 3 MiB', 'The bundle is past the 3 MiB limit');
  const files = migrations();
  console.log(`✓ migrasi D1 / D1 migrations (${files.length}, worker/migrations):`);
  for (const name of files) console.log(`  ${name}`);
}

main();
