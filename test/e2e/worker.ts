/**
 * The e2e suite's `wrangler dev`: started on 127.0.0.1:8799 (not 8787, which `npm run dev` uses) with
 * its own local D1 state, stopped and started again on the same port and state by the offline test.
 * The running worker's process-group id is kept in a file, so whichever process started it, the global
 * teardown can end it and its workerd children.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
// LOKUS_E2E_PORT and LOKUS_E2E_INSPECTOR_PORT move the suite off its ports when another run holds them.
export const WORKER_PORT = Number(process.env.LOKUS_E2E_PORT || 8799);
const INSPECTOR_PORT = process.env.LOKUS_E2E_INSPECTOR_PORT || '9339';
export const WORKER_URL = `http://127.0.0.1:${WORKER_PORT}`;
const WRANGLER = path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js');
const ENV = {
  ...process.env,
  CI: '1',
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
};

export interface WorkerState {
  /** wrangler's `--persist-to` directory (local D1 lives here). */
  stateDir: string;
  adminToken: string;
  /** Holds the running worker's process-group id. */
  pidFile: string;
  logFile: string;
}

/** Applies the D1 migrations to the state directory's local database. */
export function applyMigrations(state: WorkerState): void {
  const run = spawnSync(
    process.execPath,
    [WRANGLER, 'd1', 'migrations', 'apply', 'lokus', '--local', '--persist-to', state.stateDir],
    { cwd: ROOT, env: ENV, encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`migrations failed:\n${run.stdout}\n${run.stderr}`);
}

export async function isHealthy(): Promise<boolean> {
  try {
    const res = await fetch(`${WORKER_URL}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Starts `wrangler dev` and waits for /api/health. */
export async function startWorker(state: WorkerState, timeoutMs = 90_000): Promise<void> {
  if (await isHealthy()) throw new Error(`something already answers on ${WORKER_URL}`);
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
      String(WORKER_PORT),
      '--persist-to',
      state.stateDir,
      '--var',
      `ADMIN_TOKEN:${state.adminToken}`,
      '--inspector-port',
      INSPECTOR_PORT,
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
    if (await isHealthy()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopWorker(state);
  const tail = existsSync(state.logFile) ? readFileSync(state.logFile, 'utf8').slice(-3000) : '';
  throw new Error(`wrangler dev did not become healthy on ${WORKER_URL}\n${tail}`);
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
  for (let i = 0; i < 40 && (await isHealthy()); i++) await new Promise((r) => setTimeout(r, 125));
}
