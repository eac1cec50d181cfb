/**
 * The migrations, one by one, over a database that holds data written under each earlier schema: after every
 * step each row written before is still there with the values it was written with, and at the end today's
 * worker reads all of it — old tokens sign in, old clips are listed, searched, ranked and upgraded to the
 * current record shape, an old invite link still admits, required reading and read marks hold.
 *
 * Rows for the schemas before today's API could write them are inserted as the code of that time wrote them
 * (its clip routes read what 0007 added); from 0007 on, today's API writes them. 0002 and 0003 shipped in one
 * commit (940c5b0): no database ever held clips without their full-text index, so clips are first written
 * after 0003.
 */
import { applyD1Migrations, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../worker/src/crypto.ts';
import { PROGRAMS } from '../../shared/schema/locus-record.ts';
import { locusFacts } from '../../shared/scouting/facts.ts';
import { SECTOR_IDS } from '../../shared/scouting/sectors.ts';
import { FIRST_YEAR } from '../../worker/src/db/scouting.ts';
import app from '../../worker/src/index.ts';

const db = env.MIGRATION_DB;
const BASE = 'http://lokus.test';

const OLD_WIDYAISWARA = 'lokus_old-widyaiswara-token-written-under-0001';
const OLD_PARTICIPANT = 'lokus_old-participant-token-written-under-0001';
const OLD_INVITE = 'old-invite-code-written-under-0001';
const NEW_INVITE = 'invite-code-written-under-0004';

type Row = Record<string, string | number | null>;

/** The browser session the old participant opened under 0006. */
let sessionCookie = '';

/** Every row written so far, to be found again after each later migration. */
const written: { table: string; key: string[]; row: Row }[] = [];

async function insert(table: string, row: Row, key: string[]): Promise<void> {
  const columns = Object.keys(row);
  await db
    .prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .bind(...Object.values(row))
    .run();
  written.push({ table, key, row });
}

async function expectNothingLost(after: string): Promise<void> {
  for (const { table, key, row } of written) {
    const found = await db
      .prepare(
        `SELECT ${Object.keys(row).join(', ')} FROM ${table} WHERE ${key.map((k) => `${k} = ?`).join(' AND ')}`,
      )
      .bind(...key.map((k) => row[k]))
      .all<Row>();
    expect(found.results, `${table} ${JSON.stringify(key.map((k) => row[k]))} after ${after}`).toEqual([row]);
  }
}

/** Today's worker over the migrated database. */
function worker(method: string, path: string, init: { token?: string; body?: unknown; headers?: Row } = {}) {
  const headers: Record<string, string> = { 'cf-connecting-ip': '10.9.9.9' };
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name] = String(value);
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return app.request(
    `${BASE}${path}`,
    {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      redirect: 'manual',
    },
    { ...env, DB: db },
  );
}

/** A record as the extractor of 0002's time stored it: evidence keyed by position, no awards. */
const OLD_RECORD = {
  title: 'Peserta PKA Angkatan Lama studi lapangan ke Banyuwangi',
  publishedAt: '2023-06-22',
  program: 'PKA',
  cohortLabel: 'Angkatan Lama',
  organiser: 'BPSDM Provinsi Jawa Timur',
  participants: 40,
  startDate: '2023-06-20',
  endDate: '2023-06-22',
  loci: [
    {
      regionCode: '35.10',
      region: 'Kabupaten Banyuwangi',
      province: 'Jawa Timur',
      agency: 'Mal Pelayanan Publik',
      innovations: ['Smart Kampung'],
    },
  ],
  evidence: {
    title: { source: 'title', start: 0, end: 10, sentence: 'Peserta PKA Angkatan Lama' },
    'loci.0.region': { source: 'text', start: 0, end: 30, sentence: 'Studi lapangan ke Banyuwangi.' },
    'loci.0.innovations.0': {
      source: 'text',
      start: 31,
      end: 60,
      sentence: 'Inovasi Smart Kampung dipaparkan.',
    },
  },
};

/** What to write once each migration has run, in the shape of that schema. */
const WRITE_AFTER: Record<string, () => Promise<void>> = {
  '0001_create_cohorts_members.sql': async () => {
    const at = '2024-01-10T08:00:00.000Z';
    await insert(
      'cohorts',
      {
        id: 1,
        slug: 'pka-lama-x1',
        name: 'PKA Angkatan Lama',
        program: 'PKA',
        start_date: '2023-06-01',
        end_date: '2023-09-30',
        created_at: at,
      },
      ['id'],
    );
    await insert('members', { id: 1, name: 'Penyelenggara', admin: 1, created_at: at }, ['id']);
    await insert('members', { id: 2, name: 'Dr. Widya Lama', admin: 0, created_at: at }, ['id']);
    await insert('members', { id: 3, name: 'Peserta Lama', admin: 0, created_at: at }, ['id']);
    await insert('memberships', { member_id: 2, cohort_id: 1, role: 'widyaiswara', created_at: at }, [
      'member_id',
      'cohort_id',
    ]);
    await insert('memberships', { member_id: 3, cohort_id: 1, role: 'participant', created_at: at }, [
      'member_id',
      'cohort_id',
    ]);
    for (const [memberId, token] of [
      [2, OLD_WIDYAISWARA],
      [3, OLD_PARTICIPANT],
    ] as const)
      await insert(
        'api_tokens',
        { token_hash: await sha256Hex(token), member_id: memberId, created_at: at, revoked_at: null },
        ['token_hash'],
      );
    await insert(
      'invites',
      {
        code_hash: await sha256Hex(OLD_INVITE),
        cohort_id: 1,
        role: 'participant',
        created_by: 1,
        created_at: at,
        expires_at: '2099-01-01T00:00:00.000Z',
        revoked_at: null,
        accepted_count: 1,
      },
      ['code_hash'],
    );
  },
  '0003_create_clips_fts.sql': async () => {
    const at = '2024-02-01T09:30:00.000Z';
    await insert(
      'clips',
      {
        id: 1,
        cohort_id: 1,
        client_id: 'clip-written-under-0003',
        url: 'https://banyuwangikab.go.id/berita/studi-lapangan-pka?utm_source=wa',
        canonical_url: 'https://banyuwangikab.go.id/berita/studi-lapangan-pka',
        title: OLD_RECORD.title,
        text: 'Studi lapangan ke Banyuwangi. Inovasi Smart Kampung dipaparkan. Kata unik: kalamwarsa.',
        site_name: 'Pemkab Banyuwangi',
        record: JSON.stringify(OLD_RECORD),
        note: 'Catatan lama',
        quotes: JSON.stringify(['Smart Kampung menyatukan layanan desa.']),
        loci_text: 'Kabupaten Banyuwangi Jawa Timur Mal Pelayanan Publik Smart Kampung',
        created_by: 2,
        created_at: at,
        updated_at: at,
      },
      ['id'],
    );
    await insert(
      'loci',
      {
        id: 1,
        clip_id: 1,
        position: 0,
        region_code: '35.10',
        region_name: 'Kabupaten Banyuwangi',
        province: 'Jawa Timur',
        agency: 'Mal Pelayanan Publik',
      },
      ['id'],
    );
    await insert('innovations', { id: 1, locus_id: 1, name: 'Smart Kampung' }, ['id']);
    await insert('read_marks', { member_id: 3, clip_id: 1, created_at: at }, ['member_id', 'clip_id']);
  },
  '0004_add_cohort_console.sql': async () => {
    const at = '2026-12-01T10:00:00.000Z';
    await insert(
      'cohorts',
      {
        id: 2,
        slug: 'pkp-v-y2',
        name: 'PKP Angkatan V',
        program: 'PKP',
        start_date: null,
        end_date: null,
        created_at: at,
        cohort_label: 'Angkatan V',
        archived_at: null,
      },
      ['id'],
    );
    await insert(
      'invites',
      {
        id: 50,
        code_hash: await sha256Hex(NEW_INVITE),
        code: NEW_INVITE,
        cohort_id: 2,
        role: 'participant',
        created_by: 1,
        created_at: at,
        expires_at: '2099-01-01T00:00:00.000Z',
        revoked_at: null,
        max_uses: 5,
        accepted_count: 0,
      },
      ['id'],
    );
    await insert(
      'assignments',
      { clip_id: 1, cohort_id: 1, due_date: '2030-01-31', position: 1, assigned_by: 2, assigned_at: at },
      ['clip_id'],
    );
    await insert(
      'feed_keys',
      {
        member_id: 3,
        cohort_id: 1,
        key_hash: await sha256Hex('feed-key-written-under-0004'),
        created_at: at,
      },
      ['member_id', 'cohort_id'],
    );
  },
  '0005_add_scouting.sql': async () => {
    // A clip as the 0005 worker wrote it: its scouting facts beside it, its entities' scout rows recomputed.
    const at = '2026-12-02T08:00:00.000Z';
    const locus = {
      regionCode: '35.78',
      region: 'Kota Surabaya',
      province: 'Jawa Timur',
      agency: 'Dinas Kependudukan dan Pencatatan Sipil',
      innovations: ['e-Sapawarga'],
    };
    const record = {
      ...OLD_RECORD,
      title: 'Kunjungan PKP ke Surabaya',
      loci: [locus],
      evidence: {},
      awards: [{ kind: 'kipp', year: 2022, text: 'Top 45 KIPP 2022', innovation: 'e-Sapawarga' }],
    };
    const facts = locusFacts(locus);
    const innovation = facts.innovations[0]!;
    const masks = {
      years: 2 ** (2023 - FIRST_YEAR),
      last_year: 2023,
      programs: 2 ** PROGRAMS.indexOf('PKA'),
    };
    await insert(
      'clips',
      {
        id: 2,
        cohort_id: 1,
        client_id: 'clip-written-under-0005',
        url: 'https://surabaya.go.id/berita/kunjungan-pkp',
        canonical_url: 'https://surabaya.go.id/berita/kunjungan-pkp',
        title: record.title,
        text: 'Peserta PKP belajar e-Sapawarga di Dinas Kependudukan Kota Surabaya. Kata unik: sandikala.',
        site_name: null,
        record: JSON.stringify(record),
        note: '',
        quotes: '[]',
        loci_text: 'Kota Surabaya ; Jawa Timur ; Dinas Kependudukan dan Pencatatan Sipil ; e-Sapawarga',
        created_by: 2,
        created_at: at,
        updated_at: at,
        published_year: 2023,
        program: 'PKA',
        source_host: 'surabaya.go.id',
      },
      ['id'],
    );
    await insert(
      'loci',
      {
        id: 2,
        clip_id: 2,
        position: 0,
        region_code: locus.regionCode,
        region_name: locus.region,
        province: locus.province,
        agency: locus.agency,
        agency_key: facts.agencyKey,
        sector: facts.sector,
      },
      ['id'],
    );
    await insert(
      'innovations',
      { id: 2, locus_id: 2, name: innovation.name, key: innovation.key, sector: innovation.sector },
      ['id'],
    );
    await insert(
      'clip_awards',
      {
        clip_id: 2,
        position: 0,
        kind: 'kipp',
        year: 2022,
        rank: null,
        innovation: 'e-Sapawarga',
        text: 'Top 45 KIPP 2022',
      },
      ['clip_id', 'position'],
    );
    await insert(
      'scout_innovations',
      {
        region_code: locus.regionCode,
        key: innovation.key,
        name: innovation.name,
        agency: locus.agency,
        sector: innovation.sector,
        ...masks,
        clips: 1,
        first_date: '2023-06-22',
        last_date: '2023-06-22',
      },
      ['region_code', 'key'],
    );
    await insert(
      'scout_agencies',
      {
        region_code: locus.regionCode,
        key: facts.agencyKey,
        name: locus.agency,
        sector: facts.sector,
        ...masks,
        clips: 1,
      },
      ['region_code', 'key'],
    );
    await insert(
      'scout_sources',
      {
        region_code: locus.regionCode,
        host: 'surabaya.go.id',
        ...masks,
        sectors: 2 ** SECTOR_IDS.indexOf(facts.sector),
        clips: 1,
      },
      ['region_code', 'host'],
    );
    await insert(
      'cohort_visits',
      {
        cohort_id: 1,
        region_code: '35.10',
        visit_date: '2023-06-20',
        created_at: '2026-12-02T00:00:00.000Z',
      },
      ['cohort_id', 'region_code', 'visit_date'],
    );
  },
  '0006_add_sessions.sql': async () => {
    // The old participant signs a browser in with the token they were given under 0001; the page is read with
    // that session once every migration has run.
    const res = await app.request(
      `${BASE}/masuk`,
      {
        method: 'POST',
        body: new URLSearchParams({ token: OLD_PARTICIPANT }),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: BASE,
          'cf-connecting-ip': '10.9.9.9',
        },
        redirect: 'manual',
      },
      { ...env, DB: db },
    );
    expect(res.status).toBe(303);
    sessionCookie = /^(lokus_session=[^;]+)/.exec(res.headers.get('set-cookie')!)![1]!;
  },
  '0007_add_clip_listing.sql': async () => {
    // Today's API writes a clip; the trigger gives it its list form and date, as the migration gave the old ones.
    const res = await worker('POST', '/api/cohorts/1/clips', {
      token: OLD_WIDYAISWARA,
      body: {
        clientId: 'clip-written-under-0007',
        url: 'https://bandung.go.id/berita/benchmarking-pkn',
        title: 'Benchmarking PKN ke Kota Bandung',
        text: 'Peserta PKN mempelajari Layad Rawat di Dinas Kesehatan Kota Bandung. Kata unik: gandasturi.',
        record: {
          ...OLD_RECORD,
          title: 'Benchmarking PKN ke Kota Bandung',
          publishedAt: null,
          startDate: '2026-11-20',
          loci: [
            {
              regionCode: '32.73',
              region: 'Kota Bandung',
              province: 'Jawa Barat',
              agency: 'Dinas Kesehatan',
              innovations: ['Layad Rawat'],
              evidence: { agency: { source: 'text', start: 0, end: 20, sentence: 'Dinas Kesehatan.' } },
            },
          ],
          evidence: {},
        },
      },
    });
    expect(res.status, await res.clone().text()).toBe(201);
  },
  '0008_list_form_on_insert.sql': async () => {
    // A clip restored from a backup made before 0007, without its list form and date: the insert trigger still
    // derives them (today's API writes its own, as under 0007).
    const at = '2026-12-02T07:00:00.000Z';
    await insert(
      'clips',
      {
        id: 50,
        cohort_id: 1,
        client_id: 'clip-written-under-0008',
        url: 'https://surabaya.go.id/berita/studi-lapangan-pkp',
        canonical_url: 'https://surabaya.go.id/berita/studi-lapangan-pkp',
        title: 'Studi lapangan PKP ke Surabaya',
        text: 'Peserta PKP belajar e-Sapawarga. Kata unik: rajabrana.',
        site_name: null,
        record: JSON.stringify({ ...OLD_RECORD, publishedAt: null, startDate: null }),
        note: '',
        quotes: '[]',
        loci_text: '',
        created_by: 2,
        created_at: at,
        updated_at: at,
      },
      ['id'],
    );
  },
  '0009_lighter_indexes.sql': async () => {
    // Today's API writes a clip into the rebuilt index.
    const res = await worker('POST', '/api/cohorts/1/clips', {
      token: OLD_WIDYAISWARA,
      body: {
        clientId: 'clip-written-under-0009',
        url: 'https://sragenkab.go.id/berita/studi-lapangan-pka',
        title: 'Studi lapangan PKA ke Sragen',
        text: 'Peserta PKA belajar Sistem Pelayanan Terpadu Sragen. Kata unik: wiramadya.',
        record: { ...OLD_RECORD, evidence: {}, publishedAt: '2026-12-03' },
      },
    });
    expect(res.status, await res.clone().text()).toBe(201);
  },
};

describe('the migrations, one by one', () => {
  it('keep every row written under each earlier schema, and today’s worker reads them all', async () => {
    const migrations = env.TEST_MIGRATIONS;
    // Every migration from the console on writes data of its own here; a new one must too.
    const names = migrations.map((m) => m.name);
    expect(names.filter((name) => name >= '0004' && !WRITE_AFTER[name])).toEqual([]);
    for (let i = 0; i < migrations.length; i++) {
      const name = migrations[i]!.name;
      await applyD1Migrations(db, migrations.slice(0, i + 1));
      await expectNothingLost(name);
      await WRITE_AFTER[name]?.();
    }
    const applied = await db.prepare('SELECT name FROM d1_migrations ORDER BY id').all<{ name: string }>();
    expect(applied.results.map((row) => row.name)).toEqual(migrations.map((m) => m.name));

    // The session opened under 0006 still holds, and its reading page lists the old clip.
    const page = await worker('GET', '/c/pka-lama-x1', { headers: { cookie: sessionCookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Peserta PKA Angkatan Lama studi lapangan ke Banyuwangi');
    // Old tokens still sign in, with the roles they were given.
    const me = (await (await worker('GET', '/api/me', { token: OLD_WIDYAISWARA })).json()) as any;
    expect(me.memberships).toEqual([expect.objectContaining({ cohortId: 1, role: 'widyaiswara' })]);
    // Both clips are listed for the old participant; the one read under 0003 is still read.
    const list = (await (
      await worker('GET', '/api/cohorts/1/clips', { token: OLD_PARTICIPANT })
    ).json()) as any;
    expect(list.items.map((clip: any) => clip.clientId).sort()).toEqual([
      'clip-written-under-0003',
      'clip-written-under-0005',
      'clip-written-under-0007',
      'clip-written-under-0008',
      'clip-written-under-0009',
    ]);
    expect(list.items.map((clip: any) => [clip.id, clip.read])).toEqual(expect.arrayContaining([[1, true]]));
    // Listed without evidence, the old record as much as the new (0007 derived the old one's list form).
    const { evidence: _, ...oldListed } = OLD_RECORD;
    expect(list.items.find((clip: any) => clip.id === 1).record).toEqual(oldListed);
    expect(list.items.find((clip: any) => clip.id === 50).record).toEqual({
      ...oldListed,
      publishedAt: null,
      startDate: null,
    });
    expect(list.items.find((clip: any) => clip.clientId === 'clip-written-under-0007').record.loci).toEqual([
      {
        regionCode: '32.73',
        region: 'Kota Bandung',
        province: 'Jawa Barat',
        agency: 'Dinas Kesehatan',
        innovations: ['Layad Rawat'],
      },
    ]);
    // Each clip's date for scouting: the publication date, else the visit's start.
    const dates = await db.prepare('SELECT client_id, reported_on FROM clips ORDER BY id').all<Row>();
    expect(dates.results).toEqual([
      { client_id: 'clip-written-under-0003', reported_on: '2023-06-22' },
      { client_id: 'clip-written-under-0005', reported_on: '2023-06-22' },
      { client_id: 'clip-written-under-0007', reported_on: '2026-11-20' },
      { client_id: 'clip-written-under-0008', reported_on: '2026-12-02' },
      { client_id: 'clip-written-under-0009', reported_on: '2026-12-03' },
    ]);
    // The old record comes back in today's shape: its positional evidence moved into its locus.
    const old = (await (await worker('GET', '/api/clips/1', { token: OLD_PARTICIPANT })).json()) as any;
    expect(old.note).toBe('Catatan lama');
    expect(old.quotes).toEqual(['Smart Kampung menyatukan layanan desa.']);
    expect(old.record.loci[0].evidence.region.sentence).toBe('Studi lapangan ke Banyuwangi.');
    expect(old.record.loci[0].evidence.innovations['Smart Kampung'].sentence).toBe(
      'Inovasi Smart Kampung dipaparkan.',
    );
    // Found by words of their text and their beginnings, old and new, in the index 0009 rebuilt.
    for (const [words, clientIds] of [
      ['kalamwarsa', ['clip-written-under-0003']],
      ['sandikala', ['clip-written-under-0005']],
      ['gandastu', ['clip-written-under-0007']],
      ['rajabrana', ['clip-written-under-0008']],
      ['wiramadya sragen', ['clip-written-under-0009']],
      ['e-sapawarga peserta', ['clip-written-under-0005', 'clip-written-under-0008']],
    ] as const) {
      const found = (await (
        await worker('GET', `/api/cohorts/1/clips?q=${encodeURIComponent(words)}`, { token: OLD_PARTICIPANT })
      ).json()) as any;
      expect(found.items.map((clip: any) => clip.clientId).sort(), words).toEqual(clientIds);
    }
    // Filtered by region through the index 0009 merged.
    const inBandung = (await (
      await worker('GET', '/api/cohorts/1/clips?region=32', { token: OLD_PARTICIPANT })
    ).json()) as any;
    expect(inBandung.items.map((clip: any) => clip.clientId)).toEqual(['clip-written-under-0007']);
    // Required reading set under 0004 holds.
    const progress = (await (
      await worker('GET', '/api/cohorts/1/progress', { token: OLD_PARTICIPANT })
    ).json()) as any;
    expect(progress).toMatchObject({ done: 1, total: 1, required: [expect.objectContaining({ clipId: 1 })] });
    // Scouting ranks the region of the clip written before scouting existed (backfilled on first use).
    const ranking = (await (
      await worker('GET', '/api/scouting/regions', { token: env.ADMIN_TOKEN })
    ).json()) as any;
    expect(ranking.items.map((item: any) => item.regionCode)).toEqual(
      expect.arrayContaining(['35.10', '35.78']),
    );
    // The invite link made under 0001 still admits, and is listed with its earlier use.
    const joined = await worker('POST', `/api/invites/${OLD_INVITE}/accept`, {
      body: { name: 'Peserta Baru' },
    });
    expect(joined.status).toBe(201);
    const invites = (await (
      await worker('GET', '/api/cohorts/1/invites', { token: env.ADMIN_TOKEN })
    ).json()) as any;
    expect(invites.items).toEqual([expect.objectContaining({ role: 'participant', uses: 2, url: null })]);
  });
});
