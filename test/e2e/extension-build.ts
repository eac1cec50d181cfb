/** Builds the extension for Chrome in WXT's `e2e` mode (127.0.0.1 host access up front) into `outDir`. */
import path from 'node:path';
import { ROOT } from './worker.ts';

/** Returns the directory to load unpacked. Building elsewhere leaves extension/.output to `npm run dev`. */
export async function buildExtension(outDir: string): Promise<string> {
  const { build } = await import('wxt');
  await build({
    root: path.join(ROOT, 'extension'),
    mode: 'e2e',
    browser: 'chrome',
    outDir,
    logLevel: 1,
  } as Parameters<typeof build>[0]);
  return path.join(outDir, 'chrome-mv3-e2e');
}
