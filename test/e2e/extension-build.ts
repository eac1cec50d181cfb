/**
 * Builds the extension for the e2e suite: by default Chrome in WXT's `e2e` mode (127.0.0.1 host access
 * up front); the Firefox test builds the production Firefox build, the one that ships.
 */
import path from 'node:path';
import { ROOT } from './worker.ts';

export interface BuildOptions {
  browser?: 'chrome' | 'firefox';
  /** `e2e` grants the local worker up front; `production` asks at sign-in like a user's install. */
  mode?: 'e2e' | 'production';
}

/** Returns the directory to load unpacked. Building elsewhere leaves extension/.output to `npm run dev`. */
export async function buildExtension(outDir: string, options: BuildOptions = {}): Promise<string> {
  const { browser = 'chrome', mode = 'e2e' } = options;
  const { build } = await import('wxt');
  // Vitest runs with NODE_ENV=test, which would make Vite bundle Preact's development build; the
  // production build must be the one `npm run build` ships, byte for byte.
  const nodeEnv = process.env.NODE_ENV;
  if (mode === 'production') process.env.NODE_ENV = 'production';
  try {
    await build({
      root: path.join(ROOT, 'extension'),
      mode,
      browser,
      outDir,
      logLevel: 1,
    } as Parameters<typeof build>[0]);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const target = browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3';
  return path.join(outDir, mode === 'production' ? target : `${target}-${mode}`);
}
