#!/usr/bin/env node
/**
 * `npm run import -- [FILE] [--persist-to DIR]`: restores a backup made by `npm run export` into an empty local D1
 * with `wrangler d1 execute --local --file`, in one transaction. The file holds the schema as it was and its
 * d1_migrations rows, so no migration runs first: applied on top they would fail on tables that exist, and
 * `npm run db:migrate` afterwards applies only the migrations newer than the backup. A database that already
 * has tables is refused, never merged into. Then it checks every full-text index. Local state only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  BackupError,
  env,
  fail,
  ftsShadows,
  hasLocalD1,
  openLocalD1,
  parseArgs,
  root,
  schemaObjects,
  userDir,
  wranglerBin,
} from './backup.mjs';

const HELP = `npm run import -- [FILE] [--persist-to DIR]
  Memulihkan cadangan dari npm run export ke basis data D1 lokal yang kosong (bawaan: lokus-*.sql terbaru di sini).
  Restores a backup made by npm run export into an empty local D1 (default: the newest lokus-*.sql here).
  --persist-to DIR  direktori state wrangler / wrangler's state directory (default .wrangler/state)`;

/** The newest `lokus-*.sql` in the current directory: what `npm run export` wrote last. */
function newestBackup() {
  const found = readdirSync(userDir)
    .filter((name) => /^lokus-.*\.sql$/.test(name))
    .map((name) => ({ name, at: statSync(path.join(userDir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at)[0];
  if (!found)
    throw new BackupError(
      'Tidak ada lokus-*.sql di sini; sebutkan berkasnya: npm run import -- FILE',
      'No lokus-*.sql here; name the file: npm run import -- FILE',
    );
  return path.join(userDir, found.name);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) return console.log(HELP);
  const file = args.file ?? newestBackup();
  const { persistTo } = args;
  if (!existsSync(file)) throw new BackupError(`Berkas tidak ada: ${file}`, `No such file: ${file}`);
  if (hasLocalD1(persistTo)) {
    const { db, dispose } = await openLocalD1(persistTo);
    const objects = await schemaObjects(db).finally(dispose);
    if (objects.length)
      throw new BackupError(
        `D1 lokal di ${persistTo} tidak kosong (${objects.length} objek skema): impor hanya ke basis data kosong. ` +
          'Pindahkan direktori itu atau pakai --persist-to direktori baru.',
        `The local D1 in ${persistTo} is not empty (${objects.length} schema objects): import only restores into an ` +
          'empty database. Move that directory aside or use --persist-to a new directory.',
      );
  }

  console.log(`› Memulihkan / restoring ${file} → ${persistTo}`);
  const run = spawnSync(
    process.execPath,
    [wranglerBin, 'd1', 'execute', 'lokus', '--local', '--persist-to', persistTo, '--file', file, '--yes'],
    { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
  );
  if (run.status !== 0)
    throw new BackupError(
      `wrangler d1 execute gagal / failed (exit ${run.status}):`,
      `${run.stdout.slice(-2000)}\n${run.stderr.slice(-4000)}`,
    );

  const { db, dispose } = await openLocalD1(persistTo);
  try {
    const objects = await schemaObjects(db);
    const { virtual, shadow } = ftsShadows(objects);
    // FTS5's own check: the index agrees with its content table, row for row.
    for (const table of virtual) {
      const id = `"${table.name.replaceAll('"', '""')}"`;
      await db.prepare(`INSERT INTO ${id}(${id}) VALUES('integrity-check')`).run();
    }
    const tables = objects.filter(
      (o) =>
        o.type === 'table' && !virtual.includes(o) && !shadow.has(o.name) && !o.name.startsWith('sqlite_'),
    );
    let rows = 0;
    for (const t of tables)
      rows += (await db.prepare(`SELECT count(*) AS n FROM "${t.name.replaceAll('"', '""')}"`).first()).n;
    const migrations = await db
      .prepare('SELECT name FROM d1_migrations ORDER BY id')
      .all()
      .then((r) => r.results.map((m) => m.name))
      .catch(() => []);
    console.log(
      `✓ ${tables.length} tabel / tables, ${rows} baris / rows; indeks teks penuh utuh / full-text index intact: ` +
        `${virtual.map((t) => t.name).join(', ') || '—'}; migrasi tercatat / migrations recorded: ${migrations.length} ` +
        `(${migrations.at(-1) ?? '—'})`,
    );
  } finally {
    await dispose();
  }
}

main().catch(fail);
