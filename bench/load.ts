/**
 * The worker under load: autocannon against a real `wrangler dev` (workerd, a local D1 on disk migrated with
 * `wrangler d1 migrations apply`) on 127.0.0.1, over one cohort of 1,000 clips made through the API
 * (bench/load-cohort.ts: real articles and their extracted records, a widyaiswara and a participant token).
 * - In turn (75 % of the time): each endpoint alone at every connection, with /api/health alone for half as long
 *   before the first, between every two and after the last — requests/s (2xx answers per second), p50 and p99
 *   latency, and the endpoint's throughput ÷ the mean of the health slices on either side of it (the issue's
 *   targets: the slices share the machine's moment, which matters on a shared machine, and a machine that
 *   speeds up or slows down across a slice moves both). Between slices the server drains what was in flight.
 * - All at once (25 %): health and every endpoint together, the connections split evenly, so the reads run
 *   while clips are written — the same figures per endpoint in the mix.
 * - The mean size of an answer, non-2xx answers and socket errors (timeouts included) per endpoint and phase;
 *   afterwards, that every acknowledged POST (201 or 200) is in the cohort's list, read back through the API.
 * - The worker isolate's JavaScript heap (bench/worker-memory.ts: V8's Runtime.getHeapUsage over wrangler's
 *   inspector): before, peak during each phase, after, and after a full collection; workerd's RSS beside it.
 * It prints figures and asserts no times; it exits 1 only when the run breaks or an acknowledged write is lost.
 * Usage: npm run bench:load -- [seconds=60] [connections=64] [clips=1000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { articles, clipFor, seedCohort, sessionCookie, type LoadCohort } from './load-cohort.ts';
import {
  connectInspector,
  mb,
  sampleMemory,
  workerdRss,
  type HeapUsage,
  type MemoryPeak,
} from './worker-memory.ts';
import { applyMigrations, freePort, localTraces, startDevServer } from './wrangler-dev.ts';

const SECONDS = Number(process.argv[2] ?? 60);
const CONNECTIONS = Number(process.argv[3] ?? 64);
const CLIPS = Number(process.argv[4] ?? 1000);
const ADMIN = `bench-admin-${randomBytes(12).toString('hex')}`;
const SEARCHES = [
  'inovasi',
  'pelayanan publik',
  'kesehatan',
  'Banyuwangi',
  'perizinan',
  'desa digital',
  'inova',
  'Sragen',
  'pendidikan',
  'kepemimpinan administrator',
];

interface Endpoint {
  name: string;
  what: string;
  /** The issue's target: this endpoint's requests/s ÷ health's, at least. */
  target?: number;
  p99UnderMs?: number;
  request: () => autocannon.Request;
}

/** What one autocannon run of one endpoint answered. */
interface Figures {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Mean bytes of one answer, headers included. */
  bytes: number;
  statuses: string;
}

function figures(result: autocannon.Result): Figures {
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, { count }]) => `${status}×${count}`)
    .join(' ');
  return {
    rps: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytes: result.requests.total ? result.throughput.total / result.requests.total : 0,
    statuses,
  };
}

/**
 * One autocannon run of one endpoint. autocannon stops counting at the end of the run, but the worker goes on
 * with what was in flight: one more health request waits behind that, so the next run starts on an idle server.
 */
async function run(url: string, endpoint: Endpoint, connections: number, seconds: number) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 20,
    requests: [endpoint.request()],
  });
  await (await fetch(`${url}/api/health`)).arrayBuffer();
  return figures(result);
}

/** The endpoints, over the seeded cohort; the POST records every clip it is answered for in `acknowledged`. */
function endpoints(cohort: LoadCohort, cookie: string, acknowledged: Map<string, number>): Endpoint[] {
  const list = articles();
  const seededUrls = [...cohort.seeded.keys()].map((clientId) => {
    const n = Number(clientId.slice('seed-'.length));
    // As the extension asks: the page's own address, tracking parameters and all.
    return clipFor(list, n, 'seed').url.replace('utm_source=whatsapp', 'utm_source=facebook&fbclid=x1');
  });
  let lookups = 0;
  let searches = 0;
  let posts = 0;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  return [
    {
      name: 'health',
      what: 'GET /api/health',
      request: () => ({ method: 'GET', path: '/api/health' }),
    },
    {
      name: 'list',
      what: 'GET /api/cohorts/:id/clips (participant)',
      target: 0.5,
      request: () => ({
        method: 'GET',
        path: `/api/cohorts/${cohort.id}/clips`,
        headers: bearer(cohort.participant),
      }),
    },
    {
      name: 'page',
      what: 'GET /c/:slug (participant, session cookie)',
      target: 0.25,
      p99UnderMs: 1000,
      request: () => ({ method: 'GET', path: `/c/${cohort.slug}`, headers: { cookie } }),
    },
    {
      name: 'search',
      what: 'GET /api/cohorts/:id/clips?q= (participant)',
      target: 0.35,
      request: () => ({
        method: 'GET',
        headers: bearer(cohort.participant),
        setupRequest: (request) => ({
          ...request,
          path: `/api/cohorts/${cohort.id}/clips?q=${encodeURIComponent(SEARCHES[searches++ % SEARCHES.length]!)}`,
        }),
      }),
    },
    {
      name: 'lookup',
      what: 'GET /api/lookup?url= (widyaiswara)',
      target: 0.5,
      request: () => ({
        method: 'GET',
        headers: bearer(cohort.widyaiswara),
        setupRequest: (request) => {
          // Three of four look-ups find the page; the fourth is a page nobody clipped.
          const n = lookups++;
          const url =
            n % 4 === 3 ? `https://www.example.id/berita/baru-${n}` : seededUrls[n % seededUrls.length]!;
          return { ...request, path: `/api/lookup?url=${encodeURIComponent(url)}` };
        },
      }),
    },
    {
      name: 'post',
      what: 'POST /api/cohorts/:id/clips (widyaiswara, new clip)',
      target: 0.35,
      request: () => ({
        method: 'POST',
        headers: { ...bearer(cohort.widyaiswara), 'content-type': 'application/json' },
        path: `/api/cohorts/${cohort.id}/clips`,
        setupRequest: (request) => ({ ...request, body: JSON.stringify(clipFor(list, posts++, 'load')) }),
        onResponse: (status, body) => {
          if (status !== 200 && status !== 201) return;
          const clip = JSON.parse(body) as { id: number; clientId: string };
          acknowledged.set(clip.clientId, clip.id);
        },
      }),
    },
    {
      name: 'ranking',
      what: 'GET /api/scouting/regions (organiser)',
      request: () => ({ method: 'GET', path: '/api/scouting/regions', headers: bearer(ADMIN) }),
    },
  ];
}

/** Every clip of the cohort by clientId, paged through the API as a reader would. */
async function cohortClips(base: string, cohort: LoadCohort) {
  const found = new Map<string, number>();
  let cursor: string | null = null;
  do {
    const query: string = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await fetch(`${base}/api/cohorts/${cohort.id}/clips?${query}`, {
      headers: { authorization: `Bearer ${cohort.widyaiswara}` },
    });
    if (!res.ok) throw new Error(`reading back the list: ${res.status}`);
    const page = (await res.json()) as {
      items: { id: number; clientId: string }[];
      nextCursor: string | null;
    };
    for (const clip of page.items) found.set(clip.clientId, clip.id);
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const fixed = (value: number, digits = 0) => value.toFixed(digits);

function row(name: string, f: Figures, health: Figures | null, endpoint?: Endpoint) {
  const ratio = health?.rps ? f.rps / health.rps : null;
  let verdict = '';
  if (ratio !== null && endpoint?.target !== undefined) {
    const p99ok = endpoint.p99UnderMs === undefined || f.p99 < endpoint.p99UnderMs;
    const goal = `≥ ${endpoint.target}×${endpoint.p99UnderMs ? `, p99 < ${endpoint.p99UnderMs} ms` : ''}`;
    verdict = `${ratio >= endpoint.target && p99ok ? 'meets' : 'misses'} ${goal}`;
  }
  return [
    name.padEnd(8),
    pad(fixed(f.rps, f.rps < 100 ? 1 : 0), 8),
    pad(fixed(f.p50), 7),
    pad(fixed(f.p99), 7),
    pad(ratio === null ? '' : `${ratio.toFixed(3)}×`, 8),
    pad(fixed(f.bytes / 1000, 1), 7),
    pad(f.non2xx, 7),
    pad(f.errors, 6),
    ` ${verdict}`,
    f.statuses ? ` (${f.statuses})` : '',
  ].join(' ');
}

const header = (ratio: boolean) =>
  `${'endpoint'.padEnd(8)} ${pad('req/s', 8)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad(ratio ? '÷health' : '', 8)} ${pad('kB/ans', 7)} ${pad('non2xx', 7)} ${pad('errors', 6)}`;

async function main() {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'lokus-load-'));
  applyMigrations(stateDir);
  const inspectorPort = await freePort();
  const server = await startDevServer(stateDir, await freePort(), ADMIN, { inspectorPort });
  const inspector = await connectInspector(inspectorPort);
  const nudge = () => fetch(`${server.url}/api/health`).then((r) => r.arrayBuffer());
  try {
    const seedStart = performance.now();
    const cohort = await seedCohort(server.url, ADMIN, CLIPS);
    const cookie = await sessionCookie(server.url, cohort.participant);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const acknowledged = new Map<string, number>();
    const all = endpoints(cohort, cookie, acknowledged);
    const health = all[0]!;
    const others = all.slice(1);

    // Every endpoint once before measuring, so no slice pays the isolate's first compilation.
    for (const endpoint of all) await run(server.url, endpoint, 4, 1);
    const before = await inspector.collectedHeapUsage(nudge);
    const rssBefore = workerdRss(server.pid);

    // Health answers fast, so half as long tells its rate as well; it runs before, between and after the
    // endpoints, and each endpoint is read against the health on either side of it.
    const slice = (SECONDS * 0.75) / (others.length + (others.length + 1) / 2);
    const healths: Figures[] = [await run(server.url, health, CONNECTIONS, slice / 2)];
    const inTurn: {
      endpoint: Endpoint;
      alone: Figures;
      start: HeapUsage;
      memory: MemoryPeak;
    }[] = [];
    for (const endpoint of others) {
      // Each endpoint's peak starts from a collected heap, not from the garbage of the slices before it.
      const start = await inspector.collectedHeapUsage(nudge);
      const sampler = sampleMemory(inspector, server.pid);
      const alone = await run(server.url, endpoint, CONNECTIONS, slice);
      inTurn.push({ endpoint, alone, start, memory: await sampler.stop() });
      healths.push(await run(server.url, health, CONNECTIONS, slice / 2));
    }
    /** Health around the i-th endpoint: the mean rate of the slices before and after it. */
    const around = (i: number): Figures => ({
      ...healths[i]!,
      rps: (healths[i]!.rps + healths[i + 1]!.rps) / 2,
    });

    const mixSeconds = SECONDS * 0.25;
    const share = Math.floor(CONNECTIONS / all.length);
    const mixStart = await inspector.collectedHeapUsage(nudge);
    const sampler = sampleMemory(inspector, server.pid);
    const mixed = await Promise.all(
      all.map((endpoint, i) =>
        // Health takes what the even split leaves over.
        run(server.url, endpoint, i === 0 ? CONNECTIONS - share * (all.length - 1) : share, mixSeconds),
      ),
    );
    const mixMemory = await sampler.stop();

    const after = await inspector.heapUsage();
    const rssAfter = workerdRss(server.pid);
    const collected = await inspector.collectedHeapUsage(nudge);

    const stored = await cohortClips(server.url, cohort);
    const lost = [...acknowledged].filter(([clientId, id]) => stored.get(clientId) !== id);
    const seededLost = [...cohort.seeded].filter(([clientId, id]) => stored.get(clientId) !== id);

    console.log(
      `load on wrangler dev (workerd, local D1): ${CLIPS} clips in one cohort, seeded through the API in ${seedSeconds.toFixed(0)} s; ` +
        `${SECONDS} s at ${CONNECTIONS} connections; wrangler's local traces ${localTraces() === 'false' ? 'off' : 'on'} (X_LOCAL_OBSERVABILITY=${localTraces()})`,
    );
    console.log(
      `\nin turn — ${fixed(slice, 1)} s of each endpoint alone at ${CONNECTIONS} connections, ${fixed(slice / 2, 1)} s of /api/health before, between and after; ÷health is ÷ the mean of the health on either side:`,
    );
    console.log(header(true));
    inTurn.forEach(({ endpoint, alone }, i) => {
      console.log(row('health', healths[i]!, null));
      console.log(row(endpoint.name, alone, around(i), endpoint));
    });
    console.log(row('health', healths.at(-1)!, null));
    console.log(
      `\nall at once — ${fixed(mixSeconds, 0)} s, every endpoint together (${share} connections each, health the rest):`,
    );
    console.log(header(false));
    // One isolate serves one queue: in a mix every request waits behind all the others, so each endpoint's share
    // tells little; its latency under the mix and the total tell more.
    all.forEach((endpoint, i) => console.log(row(endpoint.name, mixed[i]!, null)));
    const total = mixed.reduce((sum, f) => sum + f.rps, 0);
    console.log(`${'total'.padEnd(8)} ${pad(fixed(total), 8)}`);
    console.log('\nendpoints:');
    for (const endpoint of all) console.log(`  ${endpoint.name.padEnd(8)} ${endpoint.what}`);

    const posted =
      inTurn.find((t) => t.endpoint.name === 'post')!.alone.ok +
      mixed[all.findIndex((e) => e.name === 'post')]!.ok;
    console.log(
      `\nwrites: ${acknowledged.size} POSTs acknowledged (201/200) during the run (${posted} in the measured phases, ` +
        `the rest in the warm-up); read back through GET /api/cohorts/:id/clips: ${stored.size} clips in the cohort, ` +
        `${acknowledged.size - lost.length} of ${acknowledged.size} acknowledged present with their id` +
        `${lost.length ? ` — ${lost.length} LOST: ${lost.slice(0, 5).map(([c]) => c)}` : ''}; ` +
        `${cohort.seeded.size - seededLost.length} of ${cohort.seeded.size} seeded present`,
    );

    console.log(
      "\nmemory — the worker isolate's V8 heap, used / reserved (Runtime.getHeapUsage over wrangler's inspector, " +
        'sampled every 250 ms; a full GC through HeapProfiler.collectGarbage before each phase), and the RSS of ' +
        "workerd's processes (the isolate, the local D1, wrangler's proxies):",
    );
    const line = (label: string, text: string) => console.log(`  ${label.padEnd(34)} ${text}`);
    line(
      'before the run, after a full GC',
      `${mb(before.used)} / ${mb(before.total)}   RSS ${mb(rssBefore)}`,
    );
    for (const { endpoint, start, memory } of [
      ...inTurn,
      { endpoint: { name: 'all at once' }, start: mixStart, memory: mixMemory },
    ])
      line(
        `${endpoint.name}: after GC → peak`,
        `${mb(start.used)} → ${mb(memory.heapUsed)} / ${mb(memory.heapTotal)}   RSS peak ${mb(memory.rss)}  ` +
          `(${memory.samples} samples)`,
      );
    line('after the run', `${mb(after.used)} / ${mb(after.total)}   RSS ${mb(rssAfter)}`);
    line('after a full GC', `${mb(collected.used)} / ${mb(collected.total)}`);
    console.log("  Cloudflare's limit: 128 MB of heap per isolate.");
    if (lost.length || seededLost.length) process.exitCode = 1;
  } finally {
    inspector.close();
    await server.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

await main();
