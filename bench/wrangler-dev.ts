/**
 * `wrangler dev` for the benchmarks: the real worker in workerd with a local D1 kept in `stateDir`, on a port of
 * its own, with an ADMIN_TOKEN of the bench's choosing. Seed the state first (seedProxy: the same local D1 files
 * through wrangler's getPlatformProxy), then start the server and measure it over HTTP as a client would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { getPlatformProxy } from 'wrangler';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The local D1 that `wrangler dev --persist-to stateDir` will serve, opened for seeding. */
export async function seedProxy(stateDir: string) {
  return getPlatformProxy<{ DB: D1Database }>({
    configPath: path.join(ROOT, 'wrangler.toml'),
    persist: { path: path.join(stateDir, 'v3') },
  });
}

/**
 * `wrangler d1 <command> lokus --local --persist-to stateDir`, e.g. `['migrations', 'list']`: its exit status
 * and output.
 */
export function localD1(command: string[], stateDir: string) {
  return spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js'),
      'd1',
      ...command,
      'lokus',
      '--local',
      '--persist-to',
      stateDir,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        CI: '1',
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        NO_COLOR: '1',
      },
    },
  );
}

/** Applies the real migrations to the local D1 in stateDir, as `npm run dev` does; throws when wrangler fails. */
export function applyMigrations(stateDir: string): void {
  const run = localD1(['migrations', 'apply'], stateDir);
  if (run.status !== 0) throw new Error(`migrations failed:\n${run.stdout}\n${run.stderr}`);
}

/** A TCP port on 127.0.0.1 that nothing listens on right now (the kernel's pick), so benches can run side by side. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface DevServer {
  url: string;
  /** The process group of wrangler and its workerd children. */
  pid: number;
  stop: () => Promise<void>;
}

export interface DevServerOptions {
  /** wrangler's DevTools port (the worker isolate's inspector), for reading its heap; wrangler picks one when absent. */
  inspectorPort?: number;
}

/**
 * Whether wrangler dev records local traces: its trace collector (on by default in the wrangler we pin) streams
 * every request's spans — one per D1 call — into a store of its own inside the same workerd, a cost that a
 * deployed worker without `[observability]` (Lokus's) does not pay, and that weighs on D1-heavy routes more than
 * on /api/health. The benches measure the worker as deployed, so it is off unless X_LOCAL_OBSERVABILITY says so.
 */
export const localTraces = () => process.env.X_LOCAL_OBSERVABILITY ?? 'false';

export async function startDevServer(
  stateDir: string,
  port: number,
  adminToken: string,
  { inspectorPort }: DevServerOptions = {},
): Promise<DevServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js'),
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      stateDir,
      '--var',
      `ADMIN_TOKEN:${adminToken}`,
      ...(inspectorPort ? ['--inspector-port', String(inspectorPort)] : []),
      '--show-interactive-dev-session=false',
      '--log-level',
      'error',
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        CI: '1',
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        X_LOCAL_OBSERVABILITY: localTraces(),
      },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`wrangler dev did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 500));
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // ended
      }
    },
  };
}

/** The median of `times` timed runs after `warm` untimed ones, in ms. */
export async function medianMs(run: () => Promise<Response>, times = 30, warm = 5): Promise<number> {
  for (let i = 0; i < warm; i++) await (await run()).arrayBuffer();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    const res = await run();
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${res.url}: ${res.status}`);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}
