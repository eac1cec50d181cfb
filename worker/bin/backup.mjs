/**
 * What `npm run export` and `npm run import` share: their arguments (`[FILE] [--persist-to DIR]`), the local D1
 * that `wrangler dev` serves from that directory (opened through wrangler's getPlatformProxy), and the
 * objects of its schema. It reads and writes only local state; it never touches a remote database.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wranglerBin = path.join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
/** Local development needs no Cloudflare account: no metrics, no fetch of the `request.cf` data. */
export const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: process.env.CLOUDFLARE_CF_FETCH_ENABLED ?? 'false',
};

/** Where the user ran `npm run …` from (npm itself runs scripts in the package root): paths are theirs. */
export const userDir = process.env.INIT_CWD ?? process.cwd();

/** An error that ends the script with a message in both languages and exit code 1. */
export class BackupError extends Error {
  constructor(id, en) {
    super(`${id}\n${en}`);
  }
}

/**
 * `[FILE] [--persist-to DIR]`; DIR defaults to wrangler's own `.wrangler/state` (what `npm run dev` uses).
 * @example parseArgs(['backup.sql', '--persist-to', '/tmp/state']) // { file: 'backup.sql', persistTo: '/tmp/state', help: false }
 */
export function parseArgs(argv) {
  let file = null;
  let persistTo = path.join(root, '.wrangler', 'state');
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--persist-to') {
      if (!argv[i + 1])
        throw new BackupError('--persist-to perlu direktori', '--persist-to needs a directory');
      persistTo = path.resolve(userDir, argv[++i]);
    } else if (arg.startsWith('--persist-to='))
      persistTo = path.resolve(userDir, arg.slice('--persist-to='.length));
    else if (arg.startsWith('-'))
      throw new BackupError(`Opsi tidak dikenal: ${arg}`, `Unknown option: ${arg}`);
    else if (file === null) file = path.resolve(userDir, arg);
    else throw new BackupError(`Argumen berlebih: ${arg}`, `Extra argument: ${arg}`);
  }
  return { file, persistTo, help };
}

/** Whether `wrangler dev --persist-to persistTo` has a local D1 there yet. */
export function hasLocalD1(persistTo) {
  return existsSync(path.join(persistTo, 'v3', 'd1'));
}

/** The local D1 of `persistTo`, as `wrangler dev --persist-to persistTo` serves it. Dispose it when done. */
export async function openLocalD1(persistTo) {
  // Loaded here so that --help and argument errors answer without starting workerd.
  const { getPlatformProxy } = await import('wrangler');
  const proxy = await getPlatformProxy({
    configPath: path.join(root, 'wrangler.toml'),
    persist: { path: path.join(persistTo, 'v3') },
  });
  return { db: proxy.env.DB, dispose: () => proxy.dispose() };
}

/** The schema's objects (tables, indexes, triggers, views), D1's own `_cf_` tables left out. */
export async function schemaObjects(db) {
  const { results } = await db
    .prepare(
      `SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema
       WHERE sql IS NOT NULL AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY rowid`,
    )
    .all();
  return results;
}

/** FTS5 keeps its index in shadow tables named after it; a backup rebuilds them instead of copying them. */
export function ftsShadows(objects) {
  const virtual = objects.filter((o) => o.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(o.sql));
  const shadow = new Set();
  for (const table of virtual)
    for (const suffix of ['data', 'idx', 'content', 'docsize', 'config'])
      shadow.add(`${table.name}_${suffix}`);
  return { virtual, shadow };
}

export function fail(err) {
  console.error(err instanceof BackupError ? err.message : (err?.stack ?? String(err)));
  process.exit(1);
}
