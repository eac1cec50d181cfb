/**
 * e2e global setup: builds the extension in `e2e` mode (host access to 127.0.0.1 granted up front) into
 * a temp dir, migrates a fresh local D1, starts `wrangler dev` on `LOKUS_E2E_PORT` (default 8799; 0 for
 * any free port) and serves the saved pages.
 * Teardown ends the worker (whoever started it last), the page server and the temp dirs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import {
  applyMigrations,
  freePort,
  startWorker,
  stopWorker,
  workerPort,
  workerUrl,
  type WorkerState,
} from './worker.ts';
import { servePages } from './pages-server.ts';
import { buildExtension } from './extension-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { extensionDir: string; pagesUrl: string; workerUrl: string; worker: WorkerState; tmpDir: string };
  }
}

export default async function setup(project: TestProject) {
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'lokus-e2e-'));
  const worker: WorkerState = {
    port: await workerPort(),
    inspectorPort: await freePort(),
    stateDir: path.join(tmpDir, 'wrangler-state'),
    adminToken: randomBytes(24).toString('base64url'),
    pidFile: path.join(tmpDir, 'worker.pid'),
    logFile: path.join(tmpDir, 'worker.log'),
  };
  const pages = await servePages();
  const teardown = async () => {
    await stopWorker(worker);
    await new Promise((r) => pages.server.close(r));
    if (!process.env.LOKUS_E2E_KEEP) rmSync(tmpDir, { recursive: true, force: true });
  };
  try {
    const extensionDir = await buildExtension(path.join(tmpDir, 'extension'));
    applyMigrations(worker.stateDir);
    await startWorker(worker);
    project.provide('e2e', {
      extensionDir,
      pagesUrl: pages.url,
      workerUrl: workerUrl(worker),
      worker,
      tmpDir,
    });
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
