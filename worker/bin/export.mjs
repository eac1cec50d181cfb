#!/usr/bin/env node
/**
 * `npm run export -- [FILE] [--persist-to DIR]`: writes the whole local D1 (schema, every row, the d1_migrations
 * rows) to one SQL file that `npm run import` restores into an empty database.
 * `wrangler d1 export --local` refuses a database with an FTS5 table and has no --persist-to, so this runs the
 * same dumper (miniflare's `PRAGMA miniflare_d1_export`, what that command calls) over every table, index and
 * trigger except the full-text index, and writes the FTS5 table beside the others with a `rebuild` from `clips`
 * at the end: the index is made again from the rows, not copied. Local state only; never a remote database.
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  BackupError,
  fail,
  ftsShadows,
  hasLocalD1,
  openLocalD1,
  parseArgs,
  schemaObjects,
  userDir,
} from './backup.mjs';

const HELP = `npm run export -- [FILE] [--persist-to DIR]
  Menulis seluruh basis data D1 lokal ke FILE (bawaan: lokus-<waktu>.sql).
  Writes the whole local D1 database to FILE (default: lokus-<time>.sql).
  --persist-to DIR  direktori state wrangler / wrangler's state directory (default .wrangler/state)`;

/** The dumper's own marker: this exact text with (noSchema, noData, ...names) exports those objects. */
const EXPORT_PRAGMA = 'PRAGMA miniflare_d1_export(?,?,?);';

/**
 * The dump's statements, in the order a restore needs: every table first (a row's foreign keys need their parent
 * table to exist, even deferred), the FTS5 tables with them, then the rows, then indexes and triggers (so no
 * trigger fires while rows go in), and last each FTS5 index rebuilt from its content table.
 */
async function dumpStatements(db) {
  const objects = await schemaObjects(db);
  const { virtual, shadow } = ftsShadows(objects);
  for (const table of virtual)
    if (!/\bcontent\s*=\s*(?!'')['"]?\w/i.test(table.sql))
      throw new BackupError(
        `Tabel FTS5 ${table.name} tanpa tabel konten eksternal tidak didukung`,
        `FTS5 table ${table.name} has no external content table: not supported`,
      );
  const names = objects
    .filter((o) => !virtual.includes(o) && !shadow.has(o.name))
    .filter(
      (o) => o.type !== 'table' || !o.name.startsWith('sqlite_') || /^sqlite_(sequence|stat\d)$/.test(o.name),
    )
    .map((o) => o.name);
  const [lines] = await db
    .prepare(EXPORT_PRAGMA)
    .bind(0, 0, ...names)
    .raw();
  // One statement per element: its first words tell what it is, whatever its values hold.
  const kind = (statement) => {
    if (/^CREATE TABLE/i.test(statement)) return 'table';
    if (/^CREATE (UNIQUE INDEX|INDEX|TRIGGER|VIEW)/i.test(statement)) return 'late';
    if (/^PRAGMA/i.test(statement)) return 'pragma';
    return 'rows';
  };
  const of = (k) => lines.filter((s) => kind(s) === k);
  const quoted = (name) => `"${name.replaceAll('"', '""')}"`;
  const statements = [
    ...of('pragma'),
    ...of('table'),
    ...virtual.map((t) => `${t.sql};`),
    ...of('rows'),
    ...of('late'),
    ...virtual.map((t) => `INSERT INTO ${quoted(t.name)}(${quoted(t.name)}) VALUES('rebuild');`),
  ];
  const tables = objects.filter(
    (o) => o.type === 'table' && !virtual.includes(o) && !shadow.has(o.name) && !o.name.startsWith('sqlite_'),
  );
  return { statements, tables, virtual };
}

async function main() {
  const { file, persistTo, help } = parseArgs(process.argv.slice(2));
  if (help) return console.log(HELP);
  if (!hasLocalD1(persistTo))
    throw new BackupError(
      `Tidak ada D1 lokal di ${persistTo} (jalankan npm run dev atau npm run db:migrate dulu)`,
      `No local D1 in ${persistTo} (run npm run dev or npm run db:migrate first)`,
    );
  const output = file ?? path.join(userDir, `lokus-${new Date().toISOString().replace(/[:.]/g, '-')}.sql`);
  console.log(`› Mengekspor D1 lokal / exporting the local D1 from ${persistTo}`);
  const { db, dispose } = await openLocalD1(persistTo);
  try {
    const { statements, tables, virtual } = await dumpStatements(db);
    const header = [
      `-- Lokus: cadangan D1 lokal / local D1 backup, ${new Date().toISOString()}, ${persistTo}`,
      '-- Skema, semua baris dan d1_migrations; pulihkan ke basis data kosong dengan `npm run import`.',
      '-- Schema, every row and d1_migrations; restore into an empty database with `npm run import`.',
    ];
    writeFileSync(output, `${[...header, ...statements].join('\n')}\n`);
    const rows = await Promise.all(
      tables.map(async (t) => {
        const id = `"${t.name.replaceAll('"', '""')}"`;
        return (await db.prepare(`SELECT count(*) AS n FROM ${id}`).first()).n;
      }),
    );
    const kib = (statSync(output).size / 1024).toFixed(0);
    console.log(
      `✓ ${output} (${kib} KiB): ${tables.length} tabel / tables, ${rows.reduce((a, b) => a + b, 0)} baris / rows; ` +
        `indeks teks penuh dibangun ulang saat impor / full-text index rebuilt on import: ${virtual.map((t) => t.name).join(', ') || '—'}`,
    );
  } finally {
    await dispose();
  }
}

main().catch(fail);
