/**
 * Prints how long scouting takes — the ranking (`GET /api/scouting/regions`, plain and filtered), a region page
 * (`GET /api/scouting/regions/:code`), the directory and a clip POST — with 1,000 clips and with 100,000 clips
 * across 1,000 cohorts and 300 regions, each in a fresh local D1 with the real migrations, asked over HTTP of a
 * real `wrangler dev` (workerd). Medians of 30 runs after 5 warm-ups, the large/small ratio, and /api/health beside
 * them; then the one ranking after the posts (catchUp), which recomputes the scout rows they marked.
 * Usage: npx tsx bench/scouting.ts [small=1000] [large=100000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readD1Migrations } from '@cloudflare/vitest-plugin';
import { REGIONS } from '../shared/regions/index.ts';
import { PROGRAMS } from '../shared/schema/locus-record.ts';
import { clipYear, sourceHost } from '../shared/scouting/facts.ts';
import { storedLoci } from '../worker/src/db/loci.ts';
import { rebuildStatements } from '../worker/src/db/scouting.ts';
import { emptyLocusRecord } from '../shared/schema/locus-record.ts';
import { medianMs, seedProxy, startDevServer } from './wrangler-dev.ts';

const SMALL = Number(process.argv[2] ?? 1000);
const LARGE = Number(process.argv[3] ?? 100_000);
const ADMIN = 'bench-admin-token';
const COHORTS = 1000;
const REGION_CODES = REGIONS.filter((r) => r.kind !== 'provinsi')
  .slice(0, 300)
  .map((r) => r.code);
const WORDS = [
  'Sehat',
  'Pintar',
  'Desa',
  'Kilat',
  'Online',
  'Keliling',
  'Mandiri',
  'Bersih',
  'Ramah',
  'Cepat',
];
const AGENCIES = [
  'Dinas Kesehatan',
  'DPMPTSP',
  'Dispendukcapil',
  'Bappeda',
  'BKPSDM',
  'Bapenda',
  'Kecamatan Kota',
  'Dinas Pendidikan',
  'Dinas Sosial',
  'DLH',
  'Dinas Pariwisata',
  'Disperindag',
];

/** A deterministic pseudo-random number generator, so both sizes draw from the same world. */
function rng(seed: number) {
  // mulberry32: 32-bit integer steps (Math.imul), so no precision is lost in doubles.
  let x = seed >>> 0;
  return () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function world(clips: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lokus-scout-bench-'));
  const proxy = await seedProxy(dir);
  const db = proxy.env.DB;
  for (const migration of await readD1Migrations('worker/migrations'))
    for (const query of migration.queries) await db.prepare(query).run();
  const at = '2026-01-01T00:00:00.000Z';
  await db
    .prepare("INSERT INTO members (id, name, admin, created_at) VALUES (1, 'Penyelenggara', 1, ?)")
    .bind(at)
    .run();
  const cohorts = Array.from({ length: COHORTS }, (_, i) => ({
    id: i + 1,
    slug: `angkatan-${i + 1}`,
    name: `Angkatan ${i + 1}`,
  }));
  await db
    .prepare(
      `INSERT INTO cohorts (id, slug, name, created_at) SELECT j.value ->> '$.id', j.value ->> '$.slug', j.value ->> '$.name', ?2 FROM json_each(?1) j`,
    )
    .bind(JSON.stringify(cohorts), at)
    .run();
  const random = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const started = performance.now();
  let locusId = 0;
  const CHUNK = 500;
  for (let from = 0; from < clips; from += CHUNK) {
    const clipRows: unknown[] = [];
    const lociRows: unknown[] = [];
    const innovationRows: unknown[] = [];
    for (let id = from + 1; id <= Math.min(clips, from + CHUNK); id++) {
      const regionCode = pick(REGION_CODES);
      const published = `${2015 + Math.floor(random() * 12)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      const program = random() < 0.8 ? pick(PROGRAMS) : null;
      const loci = storedLoci(
        Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
          region: null,
          regionCode,
          province: null,
          agency: pick(AGENCIES),
          innovations: Array.from(
            { length: 1 + Math.floor(random() * 2) },
            // A region has a few dozen innovations, reported again and again: 40 names per region.
            () => `${WORDS[Math.floor(random() * 8)]} ${WORDS[Math.floor(random() * 5)]} ${regionCode}`,
          ),
        })),
      );
      const url = `https://media${Math.floor(random() * 200)}.example.id/berita/${id}`;
      const record = {
        title: null,
        publishedAt: published,
        program,
        cohortLabel: null,
        organiser: null,
        participants: null,
        startDate: null,
        endDate: null,
        loci: [],
      };
      clipRows.push([
        id,
        1 + (id % COHORTS),
        url,
        `Kliping ${id}`,
        JSON.stringify(record),
        clipYear(record, at),
        program,
        sourceHost(url),
      ]);
      loci.forEach((locus, position) => {
        locusId++;
        lociRows.push([
          locusId,
          id,
          position,
          locus.regionCode,
          locus.region,
          locus.province,
          locus.agency,
          locus.agencyKey,
          locus.sector,
        ]);
        for (const innovation of locus.innovations)
          innovationRows.push([locusId, innovation.name, innovation.key, innovation.sector]);
      });
    }
    await db.batch([
      db
        .prepare(
          `INSERT INTO clips (id, cohort_id, client_id, url, canonical_url, title, text, record, created_by, created_at, updated_at, published_year, program, source_host)
           SELECT j.value ->> 0, j.value ->> 1, 'c' || (j.value ->> 0), j.value ->> 2, j.value ->> 2, j.value ->> 3, '', j.value ->> 4, 1, ?2, ?2, j.value ->> 5, j.value ->> 6, j.value ->> 7
           FROM json_each(?1) j`,
        )
        .bind(JSON.stringify(clipRows), at),
      db
        .prepare(
          `INSERT INTO loci (id, clip_id, position, region_code, region_name, province, agency, agency_key, sector)
           SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5, j.value ->> 6, j.value ->> 7, j.value ->> 8
           FROM json_each(?1) j`,
        )
        .bind(JSON.stringify(lociRows)),
      db
        .prepare(
          `INSERT INTO innovations (locus_id, name, key, sector)
           SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3 FROM json_each(?1) j`,
        )
        .bind(JSON.stringify(innovationRows)),
    ]);
  }
  await db.batch(rebuildStatements(db));
  const seedSeconds = (performance.now() - started) / 1000;
  const counts = await db
    .prepare(
      `SELECT (SELECT count(*) FROM clips) AS clips, (SELECT count(*) FROM scout_innovations) AS innovations,
              (SELECT count(*) FROM scout_agencies) AS agencies, (SELECT count(*) FROM scout_sources) AS sources`,
    )
    .first<Record<string, number>>();
  await proxy.dispose();
  return { dir, seedSeconds, counts: counts! };
}

async function measure(clips: number) {
  const w = await world(clips);
  const server = await startDevServer(w.dir, 8797, ADMIN);
  const get = (url: string) => () =>
    fetch(`${server.url}${url}`, { headers: { authorization: `Bearer ${ADMIN}` } });
  const region = REGION_CODES[0]!;
  let posted = 0;
  try {
    const figures = {
      health: await medianMs(get('/api/health')),
      ranking: await medianMs(get('/api/scouting/regions')),
      filtered: await medianMs(get('/api/scouting/regions?sector=health&province=35&from=2020')),
      region: await medianMs(get(`/api/scouting/regions/${region}`)),
      directory: await medianMs(get('/api/scouting/innovations?q=sehat')),
      // A clip write marks the scout rows of what it names; the next scouting read recomputes them.
      post: await medianMs(() => {
        const n = posted++;
        return fetch(`${server.url}/api/cohorts/1/clips`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            clientId: `bench-post-${n.toString().padStart(6, '0')}`,
            url: `https://media1.example.id/baru/${n}`,
            title: `Kliping baru ${n}`,
            text: 'Peserta belajar inovasi daerah.',
            record: {
              ...emptyLocusRecord(),
              publishedAt: '2026-03-03',
              program: 'PKA',
              loci: [
                {
                  region: null,
                  regionCode: region,
                  province: null,
                  agency: 'Dinas Kesehatan',
                  innovations: [`${WORDS[0]} ${WORDS[1]} ${region}`],
                },
              ],
            },
          }),
        });
      }),
      // The first ranking after those 35 posts, which recomputes what they marked: one request, not a median.
      catchUp: await medianMs(get('/api/scouting/regions'), 1, 0),
    };
    return { ...figures, seedSeconds: w.seedSeconds, counts: w.counts };
  } finally {
    await server.stop();
    rmSync(w.dir, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();

async function main() {
  const small = await measure(SMALL);
  const large = await measure(LARGE);
  const row = (name: keyof typeof small & string) => {
    const a = small[name] as number;
    const b = large[name] as number;
    return `${name.padEnd(10)} ${a.toFixed(2).padStart(8)} ms ${b.toFixed(2).padStart(9)} ms   ×${(b / a).toFixed(2)}`;
  };
  console.log(
    `scouting over ${SMALL} and ${LARGE} clips (${COHORTS} cohorts, ${REGION_CODES.length} regions), medians of 30`,
  );
  console.log(
    `seeded in ${small.seedSeconds.toFixed(1)} s and ${large.seedSeconds.toFixed(1)} s; scout rows (large):`,
    large.counts,
  );
  console.log(
    `           ${String(SMALL).padStart(8)} clips ${String(LARGE).padStart(7)} clips   large/small`,
  );
  for (const name of ['health', 'ranking', 'filtered', 'region', 'directory', 'post', 'catchUp'] as const)
    console.log(row(name));
  console.log(
    `ranking ÷ health in the same run: ${(small.ranking / small.health).toFixed(1)} (small), ${(large.ranking / large.health).toFixed(1)} (large)`,
  );
}
