/**
 * Prints how long the worker takes to list, search and filter a cohort's reading list and to render /c/:slug,
 * with N clips in a fresh local D1 (miniflare through wrangler's getPlatformProxy, the real migrations).
 * Usage: npx tsx bench/worker-list.ts [clips=1000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readD1Migrations } from '@cloudflare/vitest-plugin';
import { getPlatformProxy } from 'wrangler';
import app from '../worker/src/index.ts';
import { emptyLocusRecord } from '../shared/schema/locus-record.ts';

const N = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(path.join(tmpdir(), 'lokus-bench-'));
const ADMIN = 'bench-admin-token';
const proxy = await getPlatformProxy<{ DB: D1Database }>({
  configPath: 'wrangler.toml',
  persist: { path: dir },
});
const env = { ...proxy.env, ADMIN_TOKEN: ADMIN, INVITE_TTL_HOURS: '168' };
for (const migration of await readD1Migrations('worker/migrations'))
  for (const query of migration.queries) await env.DB.prepare(query).run();

const call = (method: string, url: string, body?: unknown) =>
  app.request(
    url,
    {
      method,
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    env,
  );

const cohort = (await (await call('POST', '/api/cohorts', { name: 'Angkatan Bench' })).json()) as {
  id: number;
  slug: string;
};
const regions = ['35.10', '32.73', '33.74', '73.06', '51.71', '31.71'];
const words = [
  'pelayanan',
  'kesehatan',
  'inovasi',
  'desa',
  'digital',
  'perizinan',
  'pendidikan',
  'pariwisata',
];
const seedStart = performance.now();
for (let i = 0; i < N; i++) {
  const w = (k: number) => words[(i * 7 + k) % words.length]!;
  const res = await call('POST', `/api/cohorts/${cohort.id}/clips`, {
    clientId: `bench-${i.toString().padStart(6, '0')}`,
    url: `https://example.id/berita/${i}`,
    title: `Studi lapangan ${w(0)} dan ${w(1)} nomor ${i}`,
    text: `Peserta mempelajari ${w(2)} ${w(3)} di daerah tujuan. `.repeat(40),
    record: {
      ...emptyLocusRecord(),
      publishedAt: '2025-05-05',
      program: 'PKA',
      loci: [
        {
          region: null,
          regionCode: regions[i % regions.length],
          province: null,
          agency: `Dinas ${w(4)}`,
          innovations: [`Inovasi ${w(5)} ${i}`],
        },
      ],
    },
  });
  if (res.status !== 201) throw new Error(`seed ${i}: ${res.status} ${await res.text()}`);
}
const seedMs = performance.now() - seedStart;

async function time(label: string, url: string, runs = 30) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await call('GET', url);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${label}: ${res.status}`);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const p = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(1);
  console.log(`${label.padEnd(34)} p50 ${p(0.5).padStart(6)} ms   p95 ${p(0.95).padStart(6)} ms`);
}

console.log(
  `${N} clips seeded through POST /api/cohorts/:id/clips in ${(seedMs / 1000).toFixed(1)} s (${(seedMs / N).toFixed(1)} ms/clip)`,
);
await time('list, first page (20)', `/api/cohorts/${cohort.id}/clips`);
const first = (await (await call('GET', `/api/cohorts/${cohort.id}/clips?limit=100`)).json()) as {
  nextCursor: string;
};
await time('list, cursor page (100)', `/api/cohorts/${cohort.id}/clips?limit=100&cursor=${first.nextCursor}`);
await time(
  'search q=inovasi pariwisata',
  `/api/cohorts/${cohort.id}/clips?q=${encodeURIComponent('inovasi pariwisata')}`,
);
await time('search prefix q=pendidik', `/api/cohorts/${cohort.id}/clips?q=pendidik`);
await time('region filter 35 (province)', `/api/cohorts/${cohort.id}/clips?region=35`);
await time(
  'lookup url',
  `/api/lookup?url=${encodeURIComponent('https://www.example.id/berita/42?utm_source=x')}`,
);
await time('page /c/:slug (25 newest)', `/c/${cohort.slug}`, 10);
await time('export.csv (all)', `/api/cohorts/${cohort.id}/export.csv`, 5);

await proxy.dispose();
rmSync(dir, { recursive: true, force: true });
