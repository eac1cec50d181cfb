/** `npm run deploy:check`: the worker bundles for Cloudflare (wrangler deploy --dry-run) and the migrations list. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('the worker bundles for Cloudflare without an account and every migration is listed in order', () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'worker/bin/deploy-check.mjs')], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.stdout).toMatch(/Total Upload: [\d.]+ KiB \/ gzip: [\d.]+ KiB/);
  expect(run.stdout).toMatch(/env\.DB \(lokus\)\s+D1 Database/);
  const migrations = readdirSync(path.join(ROOT, 'worker/migrations')).filter((f) => f.endsWith('.sql'));
  expect(migrations.length).toBeGreaterThan(0);
  const listed = run.stdout.split('\n').filter((line) => /^\s+\d{4}_.*\.sql$/.test(line));
  expect(listed.map((line) => line.trim())).toEqual(migrations.sort());
});
