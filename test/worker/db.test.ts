/** Query functions straight on the D1 binding: rows for loci/innovations, FTS kept in step, plans use indexes. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { clipsFtsQuery } from '../../worker/src/db/clips-fts.ts';
import {
  CLIP_BY_URL_SQL,
  clipByCanonicalUrl,
  clipListSql,
  clipPageSql,
  deleteClip,
  insertClipStatements,
  listClips,
  lookupSql,
  updateClip,
  type NewClip,
} from '../../worker/src/db/clips.ts';
import { cohortSlug, insertCohort } from '../../worker/src/db/cohorts.ts';
import { lociOfClip } from '../../worker/src/db/loci.ts';
import { ensureAdminMember } from '../../worker/src/db/members.ts';
import { record, unique } from './helpers.ts';

const db = env.DB;

async function seed() {
  const admin = await ensureAdminMember(db);
  const name = unique('DB');
  const cohort = await insertCohort(db, {
    name,
    slug: cohortSlug(name),
    createdAt: new Date().toISOString(),
  });
  const newClip = (overrides: Partial<NewClip> = {}): NewClip => {
    const clientId = unique('k').replace(/[^\w-]/g, '');
    return {
      cohortId: cohort.id,
      clientId,
      url: `https://example.com/${clientId}`,
      canonicalUrl: `https://example.com/${clientId}`,
      title: 'Benchmarking ke Kota Bandung',
      text: 'Peserta Diklatpim IV mempelajari inovasi Layad Rawat di Dinas Kesehatan.',
      siteName: null,
      record: record(),
      note: '',
      quotes: [],
      createdAt: new Date().toISOString(),
      ...overrides,
    };
  };
  /** Inserts a clip as the organiser, as a post's batch does. */
  const insertClip = (clip: NewClip) =>
    db.batch(insertClipStatements(db, clip, { memberId: admin.id, organiser: true }));
  return { admin, cohort, newClip, insertClip };
}

const ftsRowids = async (match: string) =>
  (
    await db
      .prepare('SELECT rowid FROM clips_fts WHERE clips_fts MATCH ?')
      .bind(match)
      .all<{ rowid: number }>()
  ).results.map((r) => r.rowid);

describe('clips and their loci rows', () => {
  it('stores loci and innovations as rows, names completed from the gazetteer', async () => {
    const { cohort, admin, newClip, insertClip } = await seed();
    const clip = newClip({
      record: record({
        loci: [
          {
            region: null,
            regionCode: '32.73',
            province: null,
            agency: 'Dinas Kesehatan',
            innovations: ['Layad Rawat'],
          },
          {
            region: 'Kabupaten Banyuwangi',
            regionCode: '35.10',
            province: 'Jawa Timur',
            agency: null,
            innovations: [],
          },
        ],
      }),
    });
    await insertClip(clip);
    const row = await clipByCanonicalUrl(db, cohort.id, clip.canonicalUrl, admin.id);
    expect(row?.title).toBe(clip.title);
    const loci = await lociOfClip(db, row!.id);
    expect(loci).toMatchObject([
      {
        position: 0,
        region_code: '32.73',
        region_name: 'Kota Bandung',
        province: 'Jawa Barat',
        agency: 'Dinas Kesehatan',
        innovations: ['Layad Rawat'],
      },
      {
        position: 1,
        region_code: '35.10',
        region_name: 'Kabupaten Banyuwangi',
        agency: null,
        innovations: [],
      },
    ]);
    const counted = await db
      .prepare(
        `SELECT l.region_code, count(i.id) AS innovations FROM loci l LEFT JOIN innovations i ON i.locus_id = l.id
         WHERE l.clip_id = ? GROUP BY l.region_code ORDER BY l.region_code`,
      )
      .bind(row!.id)
      .all();
    expect(counted.results).toEqual([
      { region_code: '32.73', innovations: 1 },
      { region_code: '35.10', innovations: 0 },
    ]);
  });

  it('replaces loci on update and cascades on delete', async () => {
    const { cohort, admin, newClip, insertClip } = await seed();
    const clip = newClip();
    await insertClip(clip);
    const row = (await clipByCanonicalUrl(db, cohort.id, clip.canonicalUrl, admin.id))!;
    const key = { id: row.id, cohortId: cohort.id, clientId: clip.clientId, createdAt: row.created_at };
    await updateClip(
      db,
      key,
      {
        record: record({
          loci: [
            {
              region: null,
              regionCode: '33.74',
              province: null,
              agency: 'Bapelkes Semarang',
              innovations: ['e-RK'],
            },
          ],
        }),
      },
      new Date().toISOString(),
    );
    expect((await lociOfClip(db, row.id)).map((l) => [l.region_code, l.agency, l.innovations])).toEqual([
      ['33.74', 'Bapelkes Semarang', ['e-RK']],
    ]);
    expect(await deleteClip(db, row.id)).toBe(true);
    const left = await db
      .prepare(
        'SELECT (SELECT count(*) FROM loci WHERE clip_id = ?1) + (SELECT count(*) FROM innovations i JOIN loci l ON l.id = i.locus_id WHERE l.clip_id = ?1) AS n',
      )
      .bind(row.id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});

describe('the full-text index', () => {
  it('follows inserts, updates and deletes', async () => {
    const { cohort, admin, newClip, insertClip } = await seed();
    const word = `kata${Date.now()}`;
    const clip = newClip({ title: `Studi lapangan ${word}` });
    await insertClip(clip);
    const row = (await clipByCanonicalUrl(db, cohort.id, clip.canonicalUrl, admin.id))!;
    expect(await ftsRowids(`"${word}"`)).toEqual([row.id]);
    const key = { id: row.id, cohortId: cohort.id, clientId: clip.clientId, createdAt: row.created_at };
    await updateClip(db, key, { title: 'Judul baru yang lain' }, new Date().toISOString());
    expect(await ftsRowids(`"${word}"`)).toEqual([]);
    expect(await ftsRowids('"judul" "baru"')).toContain(row.id);
    await deleteClip(db, row.id);
    expect(await ftsRowids('"judul" "baru"')).not.toContain(row.id);
    const integrity = await db
      .prepare("INSERT INTO clips_fts (clips_fts, rank) VALUES ('integrity-check', 1)")
      .run();
    expect(integrity.success).toBe(true);
  });

  it('indexes agencies, innovations and region names too', async () => {
    const { cohort, admin, newClip, insertClip } = await seed();
    const clip = newClip({ title: 'Tanpa kata kunci', text: 'Isi biasa.' });
    await insertClip(clip);
    const rows = await listClips(db, {
      cohortId: cohort.id,
      viewer: { memberId: admin.id, organiser: true },
      q: 'procot banyuwangi',
      limit: 10,
    });
    expect(rows.map((r) => r.client_id)).toEqual([clip.clientId]);
  });

  it('turns typed text into a query that cannot be FTS syntax', () => {
    expect(clipsFtsQuery('Inovasi "pelayanan" OR-publik* NEAR(a b) :x')).toBe(
      '"inovasi"* "pelayanan"* "or"* "publik"* "near"* "a"* "b"* "x"*',
    );
    expect(clipsFtsQuery('  "*:()^-  ')).toBeNull();
    expect(clipsFtsQuery('Kabupatén')).toBe('"kabupatén"*');
  });
});

describe('query plans', () => {
  const plan = async (sql: string, params: unknown[]) => {
    const { results } = await db
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...params)
      .all<{ detail: string }>();
    return results.map((r) => r.detail).join('\n');
  };

  it('lists a cohort through its index, with and without a cursor, search and region, reading only the page’s rows', async () => {
    const variants = [
      clipListSql({ cohortId: 1, viewer: { memberId: 1, organiser: false }, limit: 21 }),
      clipListSql({
        cohortId: 1,
        viewer: { tokenHash: 'ab'.repeat(32) },
        limit: 21,
        after: { createdAt: '2026-01-01T00:00:00.000Z', id: 9 },
      }),
      clipListSql({
        cohortId: 1,
        viewer: { memberId: 1, organiser: false },
        limit: 21,
        q: 'inovasi',
        region: '35',
        unread: true,
      }),
      // The API's page, written as JSON by SQLite, reads the cohort the same way.
      clipPageSql({ cohortId: 1, viewer: { tokenHash: 'ab'.repeat(32) }, limit: 20, q: 'inovasi' }),
    ];
    for (const { sql, params } of variants) {
      const detail = await plan(sql, params);
      // The keys come from the index alone: a clip's row is read only when it is on the page.
      expect(detail).toMatch(/SEARCH c USING COVERING INDEX clips_cohort_created/);
      expect(detail).not.toMatch(/SCAN (c|clips)\b/);
      expect(detail).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    }
  });

  it('looks a URL up through its index', async () => {
    const one = await plan(CLIP_BY_URL_SQL, [1, 'https://example.com/a', 1]);
    expect(one).toMatch(/SEARCH c USING INDEX clips_url_cohort/);
    const member = lookupSql('https://example.com/a', { memberId: 1, organiser: false });
    const byToken = lookupSql('https://example.com/a', { tokenHash: 'ab'.repeat(32) });
    const across = `${await plan(member.sql, member.params)}\n${await plan(byToken.sql, byToken.params)}`;
    expect(across).toMatch(/SEARCH c USING (COVERING )?INDEX clips_url_cohort/);
    expect(`${one}\n${across}`).not.toMatch(/SCAN (c|clips)\b/);
  });
});
