/**
 * Scouting on real D1: the ranking's order on a seeded set and how each weight moves it, each filter, the region
 * page (visits grouped from articles, with their disagreements), the innovation directory merging spelling
 * variants, the scout tables kept equal to a full rebuild through inserts, edits and deletes, and who may see what.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocusRecord } from '../../shared/schema/locus-record.ts';
import { markDirtyStatement, rebuildStatements } from '../../worker/src/db/scouting.ts';
import {
  call,
  clipInput,
  createCohort,
  expectError,
  expectJson,
  join,
  postClip,
  record,
  type TestCohort,
} from './helpers.ts';

let a: TestCohort;
let b: TestCohort;
let trainerA: string;
let participantA: string;
let n = 0;

const locus = (regionCode: string, agency: string | null, innovations: string[] = []) => ({
  region: null,
  regionCode,
  province: null,
  agency,
  innovations,
});

/** A clip from a source host, published on a date, with a program (or none: an innovation page). */
async function clip(
  cohort: TestCohort,
  token: string,
  host: string,
  publishedAt: string,
  loci: LocusRecord['loci'],
  extra: Partial<LocusRecord> = {},
) {
  n++;
  return postClip(
    cohort.id,
    token,
    clipInput({
      url: `https://${host}/berita/${n}`,
      title: `Kliping ${n}`,
      record: record({ publishedAt, loci, startDate: null, endDate: null, ...extra }),
    }),
  );
}

beforeAll(async () => {
  a = await createCohort('Angkatan A');
  b = await createCohort('Angkatan B');
  trainerA = (await join(a.id, 'widyaiswara', 'Widya A')).token;
  participantA = (await join(a.id, 'participant', 'Peserta A')).token;
  const admin = 'test-admin-token';
  // Banyuwangi (35.10): many innovations, two hosts, health and licensing, recent.
  await clip(a, trainerA, 'kompas.com', '2026-03-01', [
    locus('35.10', 'Dinas Kesehatan', ['Layanan Sehat Keliling', 'Posyandu Plus']),
  ]);
  await clip(a, trainerA, 'detik.com', '2025-06-01', [
    locus('35.10', 'Mal Pelayanan Publik', ['Smart Kampung', 'Lahir Procot']),
  ]);
  await clip(a, trainerA, 'detik.com', '2025-06-02', [locus('35.10', 'MPP Banyuwangi', ['Smart-Kampung'])]);
  // Surabaya (35.78): population administration, two hosts, older.
  await clip(a, trainerA, 'jawapos.com', '2021-05-05', [
    locus('35.78', 'Dispendukcapil', ['Klampid New Generation']),
  ]);
  await clip(a, trainerA, 'antaranews.com', '2020-05-05', [
    locus('35.78', 'Dinas Kependudukan dan Pencatatan Sipil', ['Klampid']),
  ]);
  // Bandung (32.73): one health innovation, PKP program, in cohort B (the widyaiswara of A does not see it).
  await clip(
    b,
    admin,
    'pikiran-rakyat.com',
    '2026-01-10',
    [locus('32.73', 'Dinkes Kota Bandung', ['Layad Rawat'])],
    {
      program: 'PKP',
    },
  );
  // An award page about Banyuwangi, no training.
  await clip(
    a,
    trainerA,
    'banyuwangikab.go.id',
    '2024-12-01',
    [locus('35.10', null, ['smart kampung Banyuwangi'])],
    {
      program: null,
      cohortLabel: null,
      organiser: null,
      participants: null,
      awards: [
        { kind: 'kipp', year: 2024, rank: 'Top 45', innovation: 'Smart Kampung', text: 'Top 45 KIPP 2024' },
      ],
    } as Partial<LocusRecord>,
  );
});

const rank = (query = '', token = 'test-admin-token') =>
  expectJson(call('GET', `/api/scouting/regions${query}`, { token }), 200);
const codes = (body: { items: { regionCode: string }[] }) => body.items.map((item) => item.regionCode);

describe('the ranking', () => {
  it('orders regions by their evidence, with the figures and the weights used', async () => {
    const body = await rank();
    expect(body.weights).toEqual({ innovations: 3, agencies: 2, sources: 1, recency: 2, visits: 2 });
    expect(codes(body)).toEqual(['35.10', '32.73', '35.78']);
    const banyuwangi = body.items[0];
    expect(banyuwangi).toMatchObject({
      region: 'Kabupaten Banyuwangi',
      province: 'Jawa Timur',
      innovations: 4, // Layanan Sehat Keliling, Posyandu Plus, Smart Kampung (3 spellings), Lahir Procot
      agencies: 2, // Dinas Kesehatan; Mal Pelayanan Publik = MPP
      sources: 3,
      newestYear: 2026,
      sectors: ['health', 'licensing', 'village'],
      visits: [],
    });
    expect(banyuwangi.awards).toEqual([
      { kind: 'kipp', year: 2024, rank: 'Top 45', text: 'Top 45 KIPP 2024' },
    ]);
    expect(body.items[2]).toMatchObject({ region: 'Kota Surabaya', innovations: 2, agencies: 1, sources: 2 });
    expect(banyuwangi.score).toBeGreaterThan(body.items[1].score);
  });

  it('moves with each weight', async () => {
    // Sources only: Banyuwangi (3 hosts) before Surabaya (2) before Bandung (1).
    const sources = await rank('?w.innovations=0&w.agencies=0&w.recency=0&w.visits=0&w.sources=5');
    expect(codes(sources)).toEqual(['35.10', '35.78', '32.73']);
    // Recency only: the 2026 regions before Surabaya (2021).
    const recency = await rank('?w.innovations=0&w.agencies=0&w.sources=0&w.visits=0&w.recency=5');
    expect(codes(recency).at(-1)).toBe('35.78');
    // A visit by our own cohort this year pushes Banyuwangi down when visits weigh.
    await expectJson(
      call('PUT', `/api/cohorts/${a.id}/visits`, {
        body: { visits: [{ regionCode: '35.10', date: `${new Date().getUTCFullYear()}-02-01` }] },
      }),
      200,
    );
    const visited = await rank('?w.visits=10');
    expect(visited.items.find((item: { regionCode: string }) => item.regionCode === '35.10').visits).toEqual([
      { cohortId: a.id, cohortName: 'Angkatan A', date: `${new Date().getUTCFullYear()}-02-01` },
    ]);
    expect(codes(visited)[0]).not.toBe('35.10');
    expect(codes(await rank('?w.visits=0'))[0]).toBe('35.10');
    await expectJson(call('PUT', `/api/cohorts/${a.id}/visits`, { body: { visits: [] } }), 200);
  });

  it('filters by province, sector, program, years and visits', async () => {
    expect(codes(await rank('?province=32'))).toEqual(['32.73']);
    const health = await rank('?sector=health&province=35');
    expect(codes(health)).toEqual(['35.10']);
    expect(health.items[0]).toMatchObject({ innovations: 2, agencies: 1 });
    expect(codes(await rank('?program=PKP'))).toEqual(['32.73']);
    expect(codes(await rank('?from=2020&to=2021'))).toEqual(['35.78']);
    expect(codes(await rank('?from=2026'))).toEqual(expect.arrayContaining(['35.10', '32.73']));
    await expectJson(
      call('PUT', `/api/cohorts/${a.id}/visits`, {
        body: { visits: [{ regionCode: '35.78', date: '2024-09-09' }] },
      }),
      200,
    );
    expect(codes(await rank('?notVisitedSince=2024'))).not.toContain('35.78');
    expect(codes(await rank('?notVisitedSince=2025'))).toContain('35.78');
    const bad = await expectError(
      call('GET', '/api/scouting/regions?sector=kuliner&from=19&province=jatim'),
      422,
      'invalid',
    );
    expect(bad.issues!.map((issue) => (issue as { path: string }).path).sort()).toEqual([
      'from',
      'province',
      'sector',
    ]);
  });

  it('exports the ranking as CSV and JSON', async () => {
    const csv = await call('GET', '/api/scouting/regions.csv?province=35');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Peringkat,Kode wilayah,Wilayah,Provinsi,Skor,Inovasi/);
    expect(lines[1]).toMatch(/^1,35\.10,Kabupaten Banyuwangi,Jawa Timur,/);
    const json = await call('GET', '/api/scouting/regions.json');
    expect(json.headers.get('content-disposition')).toContain('attachment');
    expect(codes(await json.json())).toEqual(['35.10', '32.73', '35.78']);
  });
});

describe('a region and the directory', () => {
  it("lists a region's innovations with their clips, agencies, sources and awards", async () => {
    const region = await expectJson(call('GET', '/api/scouting/regions/35.10'), 200);
    expect(region).toMatchObject({
      regionCode: '35.10',
      region: 'Kabupaten Banyuwangi',
      sectors: ['health', 'licensing', 'village'],
    });
    const smart = region.innovations.find((i: { key: string }) => i.key === 'smartkampung');
    expect(smart.clipIds).toHaveLength(3);
    expect(smart.firstDate).toBe('2024-12-01');
    expect(smart.lastDate).toBe('2025-06-02');
    expect(region.agencies.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining([
        'Dinas Kesehatan',
        expect.stringMatching(/^(Mal Pelayanan Publik|MPP Banyuwangi)$/),
      ]),
    );
    expect(region.sources.total).toBe(4);
    expect(region.awards).toHaveLength(1);
    expect((await call('GET', '/api/scouting/regions/99.99')).status).toBe(404);
    expect((await call('GET', '/api/scouting/regions/abc')).status).toBe(404);
  });

  it('merges spelling variants into one directory entry and searches it', async () => {
    const all = await expectJson(call('GET', '/api/scouting/innovations?province=35'), 200);
    const smart = all.items.filter((i: { key: string }) => i.key === 'smartkampung');
    expect(smart).toEqual([
      expect.objectContaining({ region: 'Kabupaten Banyuwangi', clips: 3, sector: 'village' }),
    ]);
    const found = await expectJson(call('GET', '/api/scouting/innovations?q=klampid'), 200);
    expect(found.items.map((i: { name: string }) => i.name)).toEqual(['Klampid New Generation', 'Klampid']);
    const health = await expectJson(call('GET', '/api/scouting/innovations?sector=health'), 200);
    expect(health.items.map((i: { name: string }) => i.name).sort()).toEqual([
      'Layad Rawat',
      'Layanan Sehat Keliling',
      'Posyandu Plus',
    ]);
  });

  it('groups the articles of one visit and keeps the figures they disagree on', async () => {
    const own = await createCohort();
    const trainer = (await join(own.id, 'widyaiswara')).token;
    const visit = (host: string, organiser: string, startDate: string, participants: number) =>
      clip(own, trainer, host, startDate, [locus('52.01', 'RSUD', [])], {
        program: 'Diklatpim IV',
        organiser,
        participants,
        startDate,
        endDate: null,
      });
    await visit('satu.example', 'Bapelkes Semarang', '2019-03-31', 28);
    await visit('dua.example', 'Balai Pelatihan Kesehatan Semarang', '2019-04-01', 40);
    await visit('tiga.example', 'BPSDM Provinsi NTB', '2019-04-01', 30);
    const region = await expectJson(call('GET', '/api/scouting/regions/52.01'), 200);
    expect(region.articleVisits).toHaveLength(2);
    const bapelkes = region.articleVisits.find((v: { articles: unknown[] }) => v.articles.length === 2);
    // The acronym and the long name are one organiser; the participants they report differ.
    expect(bapelkes.organisers).toHaveLength(1);
    expect(bapelkes.organisers[0].clipIds).toHaveLength(2);
    expect(
      bapelkes.participants.map((f: { value: number; clipIds: number[] }) => [f.value, f.clipIds.length]),
    ).toEqual([
      [28, 1],
      [40, 1],
    ]);
    expect(bapelkes.articles).toHaveLength(2);
  });
});

describe('the scout tables', () => {
  it('stay equal to a full rebuild through inserts, edits and deletes', async () => {
    const snapshot = async () => {
      const out: Record<string, unknown[]> = {};
      for (const table of ['scout_innovations', 'scout_agencies', 'scout_sources'])
        out[table] = (await env.DB.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).all()).results;
      return out;
    };
    const made = await clip(a, trainerA, 'kompas.com', '2023-01-01', [
      locus('35.10', 'Dinkes', ['Posyandu Plus', 'Baru Sekali']),
    ]);
    await expectJson(
      call('PATCH', `/api/clips/${made.id}`, {
        token: trainerA,
        body: {
          record: record({ publishedAt: '2022-02-02', loci: [locus('35.78', 'Bapenda', ['Pajak Online'])] }),
        },
      }),
      200,
    );
    const doomed = await clip(a, trainerA, 'kompas.com', '2023-01-01', [
      locus('35.10', 'Dinkes', ['Hanya Sekali']),
    ]);
    await expectJson(call('DELETE', `/api/clips/${doomed.id}`, { token: trainerA }), 200);
    // The writes marked what they touched; the organiser's next scouting read recomputes it before it reads.
    const marks = () => env.DB.prepare('SELECT count(*) AS n FROM scout_dirty').first<{ n: number }>();
    expect((await marks())!.n).toBeGreaterThan(0);
    await rank('');
    expect((await marks())!.n).toBe(0);
    const kept = await snapshot();
    expect(kept.scout_innovations.some((row) => (row as { key: string }).key === 'hanyasekali')).toBe(false);
    expect(kept.scout_innovations.some((row) => (row as { key: string }).key === 'barusekali')).toBe(false);
    expect(kept.scout_innovations.some((row) => (row as { key: string }).key === 'pajakonline')).toBe(true);
    await env.DB.batch(rebuildStatements(env.DB));
    expect(await snapshot()).toEqual(kept);
  });
});

describe('a new clip’s marks', () => {
  it('are what marking its rows read back gives, written without reading them', async () => {
    const marks = async () =>
      (
        await env.DB.prepare(
          'SELECT kind, region_code, key FROM scout_dirty ORDER BY kind, region_code, key',
        ).all()
      ).results;
    const own = await createCohort();
    const clipper = (await join(own.id, 'widyaiswara')).token;
    await env.DB.prepare('DELETE FROM scout_dirty').run();
    const posted = await clip(own, clipper, 'www.Kompas.com', '2024-03-03', [
      locus('35.10', 'Dinkes Kabupaten Banyuwangi', [
        'Smart Kampung',
        'Smart-Kampung Banyuwangi',
        'Inovasi',
        '',
      ]),
      locus('35.10', 'Dinas Kesehatan', ['Layanan Mobil Sehat']),
      {
        region: 'Kota Entah',
        regionCode: null,
        province: null,
        agency: 'BKPSDM',
        innovations: ['Tanpa Kode'],
      },
      locus('32.73', null, []),
    ]);
    const written = await marks();
    expect(written.length).toBeGreaterThan(4);
    await env.DB.prepare('DELETE FROM scout_dirty').run();
    await env.DB.batch([markDirtyStatement(env.DB, { sql: '?1', params: [posted.id] })]);
    expect(await marks()).toEqual(written);
  });

  it('are none when the post repeats a clip and writes nothing', async () => {
    const own = await createCohort();
    const clipper = (await join(own.id, 'widyaiswara')).token;
    const input = clipInput({ record: record({ loci: [locus('35.10', 'Dinkes', ['Satu Kali Saja'])] }) });
    await postClip(own.id, clipper, input);
    await env.DB.prepare('DELETE FROM scout_dirty').run();
    await postClip(own.id, clipper, input, 200);
    expect((await env.DB.prepare('SELECT count(*) AS n FROM scout_dirty').first<{ n: number }>())!.n).toBe(0);
  });
});

describe('clips stored before scouting existed', () => {
  it('get their scouting facts on the next scouting request', async () => {
    const own = await createCohort();
    const clipper = (await join(own.id, 'widyaiswara')).token;
    const old = await clip(own, clipper, 'lama.example', '2019-09-09', [
      locus('63.71', 'Dinkes', ['Inovasi Lama Sekali']),
    ]);
    // As a row written under migration 0004 would be: no facts, no keys, no scout rows.
    await env.DB.batch([
      env.DB.prepare(
        'UPDATE clips SET published_year = NULL, program = NULL, source_host = NULL WHERE id = ?',
      ).bind(old.id),
      env.DB.prepare('UPDATE loci SET agency_key = NULL, sector = NULL WHERE clip_id = ?').bind(old.id),
      env.DB.prepare("DELETE FROM scout_innovations WHERE region_code = '63.71'"),
      env.DB.prepare("DELETE FROM scout_agencies WHERE region_code = '63.71'"),
      env.DB.prepare("DELETE FROM scout_sources WHERE region_code = '63.71'"),
    ]);
    const ranked = await rank('?province=63');
    expect(ranked.items).toEqual([
      expect.objectContaining({ regionCode: '63.71', innovations: 1, agencies: 1, sources: 1 }),
    ]);
    const row = await env.DB.prepare('SELECT published_year, source_host, updated_at FROM clips WHERE id = ?')
      .bind(old.id)
      .first<{ published_year: number; source_host: string; updated_at: string }>();
    expect(row).toMatchObject({
      published_year: 2019,
      source_host: 'lama.example',
      updated_at: old.updatedAt,
    });
  });
});

describe('who may scout', () => {
  it('organisers see the institution, widyaiswara their cohorts, participants 403, anonymous 401', async () => {
    const mine = await rank('', trainerA);
    expect(codes(mine)).not.toContain('32.73');
    expect(codes(mine)).toContain('35.10');
    const bandung = await expectJson(
      call('GET', '/api/scouting/innovations?q=layad', { token: trainerA }),
      200,
    );
    expect(bandung.items).toEqual([]);
    for (const path of ['/regions', '/regions/35.10', '/innovations', '/regions.csv']) {
      await expectError(call('GET', `/api/scouting${path}`, { token: participantA }), 403, 'forbidden');
      await expectError(call('GET', `/api/scouting${path}`, { token: null }), 401, 'unauthorized');
    }
  });

  it("lets the cohort's staff record its visits, checking each region code", async () => {
    const bad = await expectError(
      call('PUT', `/api/cohorts/${a.id}/visits`, {
        token: trainerA,
        body: { visits: [{ regionCode: '99.99', date: '2026-01-01' }] },
      }),
      422,
      'invalid',
    );
    expect(bad.issues).toEqual([{ path: 'visits.0.regionCode', message: 'Wilayah tidak dikenal.' }]);
    await expectError(
      call('PUT', `/api/cohorts/${a.id}/visits`, { token: participantA, body: { visits: [] } }),
      403,
      'forbidden',
    );
    const saved = await expectJson(
      call('PUT', `/api/cohorts/${a.id}/visits`, {
        token: trainerA,
        body: { visits: [{ regionCode: '51.71', date: '2026-05-05' }] },
      }),
      200,
    );
    expect(saved.visits).toEqual([{ regionCode: '51.71', date: '2026-05-05' }]);
    expect(
      (await expectJson(call('GET', `/api/cohorts/${a.id}/visits`, { token: participantA }), 200)).visits,
    ).toHaveLength(1);
  });
});
