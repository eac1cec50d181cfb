/**
 * The e2e suite's `wrangler dev`: started on 127.0.0.1 at `LOKUS_E2E_PORT` (default 8799, not 8787, which
 * `npm run dev` uses; `0` picks a free port) with its own local D1 state, stopped and started again on
 * the same port and state by the offline and fault tests. The running worker's process-group id is kept
 * in a file, so whichever process started it, the global teardown can end it and its workerd children.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyMigrations, freePort } from '../../bench/wrangler-dev.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const DEFAULT_WORKER_PORT = 8799;
const WRANGLER = path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js');
const ENV = {
  ...process.env,
  CI: '1',
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
};

export interface WorkerState {
  /** Where the worker listens on 127.0.0.1; kept across restarts. */
  port: number;
  /** wrangler's devtools port: a free one of its own, so concurrent suites do not collide on it either. */
  inspectorPort: number;
  /** wrangler's `--persist-to` directory (local D1 lives here). */
  stateDir: string;
  adminToken: string;
  /** Holds the running worker's process-group id. */
  pidFile: string;
  logFile: string;
}

/** The worker's port: `LOKUS_E2E_PORT` (0: any free port), else 8799. */
export async function workerPort(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const wanted = env.LOKUS_E2E_PORT?.trim();
  if (!wanted) return DEFAULT_WORKER_PORT;
  if (!/^\d+$/.test(wanted) || Number(wanted) > 65_535) {
    throw new Error(`LOKUS_E2E_PORT must be a port number, not ${JSON.stringify(wanted)}`);
  }
  return Number(wanted) === 0 ? freePort() : Number(wanted);
}

export function workerUrl(state: Pick<WorkerState, 'port'>): string {
  return `http://127.0.0.1:${state.port}`;
}

export { applyMigrations, freePort };

export async function isHealthy(state: Pick<WorkerState, 'port'>): Promise<boolean> {
  try {
    const res = await fetch(`${workerUrl(state)}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Starts `wrangler dev` and waits for /api/health. */
export async function startWorker(state: WorkerState, timeoutMs = 90_000): Promise<void> {
  if (await isHealthy(state)) throw new Error(`something already answers on ${workerUrl(state)}`);
  const { openSync } = await import('node:fs');
  const log = openSync(state.logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      WRANGLER,
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(state.port),
      '--persist-to',
      state.stateDir,
      '--var',
      `ADMIN_TOKEN:${state.adminToken}`,
      '--inspector-port',
      String(state.inspectorPort),
      '--show-interactive-dev-session=false',
      '--log-level',
      'warn',
    ],
    // Own process group, so stopping it ends workerd too.
    { cwd: ROOT, env: ENV, detached: true, stdio: ['ignore', log, log] },
  );
  writeFileSync(state.pidFile, String(child.pid));
  child.unref();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await isHealthy(state)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopWorker(state);
  const tail = existsSync(state.logFile) ? readFileSync(state.logFile, 'utf8').slice(-3000) : '';
  throw new Error(`wrangler dev did not become healthy on ${workerUrl(state)}\n${tail}`);
}

/** Stops the worker and its workerd children; resolves once the port stops answering. */
export async function stopWorker(state: WorkerState): Promise<void> {
  if (!existsSync(state.pidFile)) return;
  const pid = Number(readFileSync(state.pidFile, 'utf8'));
  rmSync(state.pidFile, { force: true });
  if (!pid) return;
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
      return true;
    } catch {
      return false;
    }
  };
  if (!signal('SIGTERM')) return;
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 125));
    if (!signal(0 as unknown as NodeJS.Signals)) break;
  }
  signal('SIGKILL');
  for (let i = 0; i < 40 && (await isHealthy(state)); i++) await new Promise((r) => setTimeout(r, 125));
}
