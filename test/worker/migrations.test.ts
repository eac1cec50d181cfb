/**
 * The migrations, one by one, over a database that holds data written under each earlier schema: after every
 * step each row written before is still there with the values it was written with, and at the end today's
 * worker reads all of it — old tokens sign in, old clips are listed, searched, ranked and upgraded to the
 * current record shape, an old invite link still admits, required reading and read marks hold.
 *
 * Rows for the schemas before the API could write them are inserted as the code of that time wrote them;
 * from 0005 on, today's API writes them (its bearer routes need nothing newer). 0002 and 0003 shipped in one
 * commit (940c5b0): no database ever held clips without their full-text index, so clips are first written
 * after 0003.
 */
import { applyD1Migrations, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../worker/src/crypto.ts';
import app from '../../worker/src/index.ts';

const db = env.MIGRATION_DB;
const BASE = 'http://lokus.test';

const OLD_WIDYAISWARA = 'lokus_old-widyaiswara-token-written-under-0001';
const OLD_PARTICIPANT = 'lokus_old-participant-token-written-under-0001';
const OLD_INVITE = 'old-invite-code-written-under-0001';
const NEW_INVITE = 'invite-code-written-under-0004';

type Row = Record<string, string | number | null>;

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
    const res = await worker('POST', '/api/cohorts/1/clips', {
      token: OLD_WIDYAISWARA,
      body: {
        clientId: 'clip-written-under-0005',
        url: 'https://surabaya.go.id/berita/kunjungan-pkp',
        title: 'Kunjungan PKP ke Surabaya',
        text: 'Peserta PKP belajar e-Sapawarga di Dinas Kependudukan Kota Surabaya. Kata unik: sandikala.',
        record: {
          ...OLD_RECORD,
          title: 'Kunjungan PKP ke Surabaya',
          loci: [
            {
              regionCode: '35.78',
              region: 'Kota Surabaya',
              province: 'Jawa Timur',
              agency: 'Dinas Kependudukan dan Pencatatan Sipil',
              innovations: ['e-Sapawarga'],
            },
          ],
          evidence: {},
          awards: [{ kind: 'kipp', year: 2022, text: 'Top 45 KIPP 2022', innovation: 'e-Sapawarga' }],
        },
      },
    });
    expect(res.status, await res.clone().text()).toBe(201);
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
    // The old participant signs a browser in with the token they were given under 0001.
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
    const cookie = /^(lokus_session=[^;]+)/.exec(res.headers.get('set-cookie')!)![1]!;
    const page = await worker('GET', '/c/pka-lama-x1', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Peserta PKA Angkatan Lama studi lapangan ke Banyuwangi');
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
    ]);
    expect(list.items.map((clip: any) => [clip.id, clip.read])).toEqual(expect.arrayContaining([[1, true]]));
    // The old record comes back in today's shape: its positional evidence moved into its locus.
    const old = (await (await worker('GET', '/api/clips/1', { token: OLD_PARTICIPANT })).json()) as any;
    expect(old.note).toBe('Catatan lama');
    expect(old.quotes).toEqual(['Smart Kampung menyatukan layanan desa.']);
    expect(old.record.loci[0].evidence.region.sentence).toBe('Studi lapangan ke Banyuwangi.');
    expect(old.record.loci[0].evidence.innovations['Smart Kampung'].sentence).toBe(
      'Inovasi Smart Kampung dipaparkan.',
    );
    // Found by words of their text, old and new.
    for (const [word, id] of [
      ['kalamwarsa', 1],
      ['sandikala', 2],
    ] as const) {
      const found = (await (
        await worker('GET', `/api/cohorts/1/clips?q=${word}`, { token: OLD_PARTICIPANT })
      ).json()) as any;
      expect(
        found.items.map((clip: any) => clip.id),
        word,
      ).toEqual([id]);
    }
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
