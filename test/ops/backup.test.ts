/**
 * `npm run export` and `npm run import` on a real local D1: a worker under `wrangler dev` is given cohorts,
 * members, tokens, invites, clips with loci and awkward text, read marks, required reading, visits and a feed key
 * through its API; the database is exported, imported into an empty state directory, and every table compared
 * row for row; the FTS5 index is checked apart (it is rebuilt, not copied) and, through the restored worker, full-text
 * search still finds every clip and keeps indexing new ones.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, localD1, seedProxy, startDevServer, type DevServer } from '../../bench/wrangler-dev.ts';
import { emptyLocusRecord } from '../../shared/schema/locus-record.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ADMIN = 'backup-test-admin-token';
const ENV = { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
/** What SQL dumps get wrong: quotes, line ends, semicolons, comment markers, backslashes, non-ASCII. */
const AWKWARD = `Bupati: "Kami siap"; it's 'done' -- bukan komentar /* juga bukan */ \\ C:\\data\r\nbaris kedua\nCafé Sehat · 🚑 Ṣ`;
const CLIPS = 12;

let dir: string;
let source: string;
let restored: string;
let file: string;
let server: DevServer | null = null;
const world = { cohortId: 0, participant: '', clipIds: [] as number[] };

function node(script: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: ENV,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

async function api<T = any>(method: string, url: string, token: string | null, body?: unknown, status = 200) {
  const res = await fetch(server!.url + url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(typeof body === 'string' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      ...(body && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    redirect: 'manual',
  });
  const text = await res.text();
  expect(res.status, `${method} ${url}: ${text.slice(0, 300)}`).toBe(status);
  return (res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T;
}

/** Every table's rows (FTS5 shadow tables aside) and the schema, in a stable order, read through D1. */
async function snapshot(stateDir: string) {
  const proxy = await seedProxy(stateDir);
  try {
    const db = proxy.env.DB;
    const schema = (
      await db
        .prepare(
          `SELECT type, name, tbl_name, sql FROM sqlite_schema
           WHERE sql IS NOT NULL AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY type, name`,
        )
        .all()
    ).results;
    const fts = schema.filter((o) => /^CREATE VIRTUAL TABLE/i.test(String(o.sql))).map((o) => String(o.name));
    const tables: Record<string, string[]> = {};
    for (const { name } of schema.filter((o) => o.type === 'table')) {
      const table = String(name);
      if (fts.some((v) => table === v || table.startsWith(`${v}_`))) continue;
      const { results } = await db.prepare(`SELECT * FROM "${table}"`).all();
      tables[table] = results.map((row) => JSON.stringify(row)).sort();
    }
    // The index itself is rebuilt on import, so its pages may differ: compare what it finds, clip by clip.
    const found: Record<string, number[]> = {};
    for (const id of world.clipIds) {
      const { results } = await db
        .prepare('SELECT rowid FROM clips_fts WHERE clips_fts MATCH ? ORDER BY rowid')
        .bind(`"kode${id}x"`)
        .all<{ rowid: number }>();
      found[id] = results.map((r) => r.rowid);
    }
    const { results: lociFound } = await db
      .prepare(`SELECT rowid FROM clips_fts WHERE clips_fts MATCH '"banyuwangi"*' ORDER BY rowid`)
      .all<{ rowid: number }>();
    await db.prepare(`INSERT INTO clips_fts (clips_fts) VALUES ('integrity-check')`).run();
    return { schema, tables, found, lociFound: lociFound.map((r) => r.rowid) };
  } finally {
    await proxy.dispose();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lokus-backup-'));
  source = path.join(dir, 'source');
  restored = path.join(dir, 'restored');
  file = path.join(dir, 'lokus-backup.sql');
  const applied = localD1(['migrations', 'apply'], source);
  expect(applied.status, applied.stderr).toBe(0);

  server = await startDevServer(source, await freePort(), ADMIN);
  const cohort = await api(
    'POST',
    '/api/cohorts',
    ADMIN,
    { name: `Angkatan ${AWKWARD}`, program: 'PKA' },
    201,
  );
  const other = await api('POST', '/api/cohorts', ADMIN, { name: 'PKP Angkatan II', program: 'PKP' }, 201);
  const accept = async (cohortId: number, role: string, name: string, maxUses?: number) => {
    const invite = await api('POST', `/api/cohorts/${cohortId}/invites`, ADMIN, { role, maxUses }, 201);
    return (await api('POST', `/api/invites/${invite.code}/accept`, null, { name }, 201)).token as string;
  };
  const widyaiswara = await accept(cohort.id, 'widyaiswara', 'Dr. Hendra Wijaya', 2);
  const participant = await accept(cohort.id, 'participant', `Siti ${AWKWARD}`);
  const budi = await accept(other.id, 'participant', 'Budi Santoso');
  const revoked = await api('POST', `/api/cohorts/${other.id}/invites`, ADMIN, { role: 'participant' }, 201);
  await api('DELETE', `/api/cohorts/${other.id}/invites/${revoked.id}`, ADMIN);
  // A new personal token: the old one is revoked, both rows stay.
  await api('POST', '/saya/token', budi, '', 200);

  for (let n = 0; n < CLIPS; n++) {
    const clip = await api(
      'POST',
      `/api/cohorts/${cohort.id}/clips`,
      widyaiswara,
      {
        clientId: `backup-clip-${n}`,
        url: `https://www.example.co.id/berita/${n}?ref=${n}`,
        title: `Studi lapangan ${n}: ${n % 2 ? AWKWARD : 'Smart Kampung di Banyuwangi'}`,
        text: `Peserta mempelajari inovasi. ${AWKWARD}\n`.repeat(n + 1),
        note: n % 3 ? AWKWARD : '',
        quotes: n % 2 ? [AWKWARD, `kutipan ${n}`] : [],
        record: {
          title: null,
          publishedAt: '2023-06-22',
          program: 'PKA',
          cohortLabel: 'Angkatan XII',
          organiser: 'BPSDM Provinsi Jawa Timur',
          participants: 40,
          startDate: '2023-06-21',
          endDate: null,
          loci: [
            {
              region: 'Kabupaten Banyuwangi',
              regionCode: '35.10',
              province: 'Jawa Timur',
              agency: `Mal Pelayanan Publik ${n}`,
              innovations: ['Smart Kampung', `Inovasi ${AWKWARD}`],
            },
          ],
          awards: n === 0 ? [{ kind: 'kipp', year: 2019, text: 'Top 99 KIPP 2019', rank: 'Top 99' }] : [],
        },
      },
      201,
    );
    world.clipIds.push(clip.id);
    if (n % 2 === 0) await api('POST', `/api/clips/${clip.id}/read`, participant);
    // The organiser's scouting read fills the scout rows; the last clip's marks are still waiting for the next.
    if (n === CLIPS - 2) await api('GET', '/api/scouting/regions', ADMIN);
  }
  // Each clip can be found by a word no other clip has.
  for (const id of world.clipIds)
    await api('PATCH', `/api/clips/${id}`, widyaiswara, { title: `Kliping kode${id}x ${AWKWARD}` });
  await api('PUT', `/api/clips/${world.clipIds[0]}/assignment`, widyaiswara, {
    required: true,
    dueDate: '2026-12-01',
  });
  await api('PUT', `/api/cohorts/${cohort.id}/visits`, ADMIN, {
    visits: [{ regionCode: '35.10', date: '2023-06-21' }],
  });
  await api('POST', `/c/${cohort.slug}/umpan`, participant, '', 200);
  world.cohortId = cohort.id;
  world.participant = participant;
  await server.stop();
  server = null;
}, 240_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('export writes the whole database, import restores it into an empty one: every row, schema and index', async () => {
  const exported = node('worker/bin/export.mjs', [file, '--persist-to', source]);
  expect(exported.status, exported.stderr).toBe(0);
  expect(exported.stdout).toMatch(/✓ .*lokus-backup\.sql/);
  const dump = readFileSync(file, 'utf8');
  expect(dump).toMatch(/^CREATE VIRTUAL TABLE clips_fts/m);
  expect(dump).toContain(`INSERT INTO "clips_fts"("clips_fts") VALUES('rebuild');`);
  expect(dump).not.toMatch(/INSERT INTO "clips_fts_(data|idx|docsize|config)"/);

  const imported = node('worker/bin/import.mjs', [file, '--persist-to', restored]);
  expect(imported.status, `${imported.stdout}\n${imported.stderr}`).toBe(0);
  expect(imported.stdout).toMatch(/full-text index intact: clips_fts/);

  const before = await snapshot(source);
  const after = await snapshot(restored);
  expect(after.schema).toEqual(before.schema);
  expect(Object.keys(after.tables)).toEqual(Object.keys(before.tables));
  for (const table of Object.keys(before.tables))
    expect(after.tables[table], table).toEqual(before.tables[table]);
  // The seed reached every kind of row this test means to carry over.
  for (const table of [
    'd1_migrations',
    'cohorts',
    'members',
    'memberships',
    'api_tokens',
    'invites',
    'clips',
    'loci',
    'innovations',
    'read_marks',
    'assignments',
    'feed_keys',
    'clip_awards',
    'cohort_visits',
    'scout_innovations',
    'scout_agencies',
    'scout_sources',
    'scout_dirty',
  ])
    expect(before.tables[table]?.length, table).toBeGreaterThan(0);
  expect(before.tables.api_tokens!.some((row) => JSON.parse(row).revoked_at)).toBe(true);
  expect(before.tables.clips!.some((row) => JSON.parse(row).title.includes(AWKWARD))).toBe(true);
  for (const id of world.clipIds) expect(after.found[id], `kode${id}x`).toEqual([id]);
  expect(after.lociFound).toEqual(world.clipIds);
  expect(after.lociFound).toEqual(before.lociFound);

  // The migrations recorded came along: nothing is applied on top.
  const list = localD1(['migrations', 'list'], restored);
  expect(list.status, list.stderr).toBe(0);
  expect(list.stdout).toMatch(/No migrations to apply/);
});

test('the restored worker finds clips by full-text search and indexes new ones', async () => {
  server = await startDevServer(restored, await freePort(), ADMIN);
  const id = world.clipIds[1]!;
  const found = await api('GET', `/api/cohorts/${world.cohortId}/clips?q=kode${id}x`, world.participant);
  expect(found.items.map((c: { id: number }) => c.id)).toEqual([id]);
  const byPlace = await api(
    'GET',
    `/api/cohorts/${world.cohortId}/clips?q=banyuwangi&limit=100`,
    world.participant,
  );
  expect(byPlace.items).toHaveLength(CLIPS);
  const clip = await api('GET', `/api/clips/${id}`, world.participant);
  expect(clip.note).toBe(AWKWARD);
  expect(clip.quotes).toEqual([AWKWARD, 'kutipan 1']);

  // The triggers came back with the index: a new clip and an edit are searchable at once.
  const fresh = await api(
    'POST',
    `/api/cohorts/${world.cohortId}/clips`,
    ADMIN,
    {
      clientId: 'backup-after-restore',
      url: 'https://www.example.co.id/berita/sesudah-pemulihan',
      title: 'Sesudah pemulihan: Layad Rawat',
      text: 'Inovasi Layad Rawat di Kota Bandung.',
      record: emptyLocusRecord(),
    },
    201,
  );
  const search = (q: string) =>
    api('GET', `/api/cohorts/${world.cohortId}/clips?q=${q}`, world.participant).then((r) =>
      r.items.map((c: { id: number }) => c.id),
    );
  expect(await search('layad')).toEqual([fresh.id]);
  await api('PATCH', `/api/clips/${fresh.id}`, ADMIN, { title: 'Sesudah pemulihan: Sampurasun' });
  expect(await search('layad')).toEqual([fresh.id]); // still in the text
  expect(await search('sampurasun')).toEqual([fresh.id]);
  expect(await search('pemulihan')).toEqual([fresh.id]);
  await server.stop();
  server = null;
});

test('import refuses a database that is not empty', () => {
  const again = node('worker/bin/import.mjs', [file, '--persist-to', restored]);
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/is not empty/);
});
