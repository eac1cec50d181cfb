/**
 * One `npm test`, five projects: the worker inside workerd against a real local D1 with the real
 * migrations, pure shared code in Node, the extension with WXT's fake browser, operations (backup,
 * deploy dry run) against real wrangler, and the end-to-end suite driving Debian's Chromium against
 * `wrangler dev`.
 */
import { defineConfig } from 'vitest/config';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('worker/migrations');
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                // A second, empty database: migrations.test.ts applies the migrations to it one by one.
                d1Databases: ['MIGRATION_DB'],
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  ADMIN_TOKEN: 'test-admin-token',
                  PUBLIC_ORIGIN: 'http://lokus.test',
                },
              },
            }),
          ],
          test: {
            name: 'worker',
            include: ['test/worker/**/*.test.{ts,tsx}'],
            setupFiles: ['test/worker/apply-migrations.ts'],
          },
        },
        {
          test: {
            name: 'shared',
            environment: 'node',
            include: ['test/shared/**/*.test.ts', 'test/extract/**/*.test.ts', 'test/capture/**/*.test.ts'],
          },
        },
        {
          // The extension's utils and components against WXT's in-memory fake browser (fakeBrowser).
          plugins: [await WxtVitest({ root: 'extension' })],
          test: {
            name: 'extension',
            environment: 'happy-dom',
            // Saved pages link stylesheets on other hosts; parsing them must not fetch anything.
            environmentOptions: {
              happyDOM: {
                settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
              },
            },
            include: ['test/extension/**/*.test.{ts,tsx}'],
            // The catalogs, as the build writes them into _locales (the extension reads those at run time).
            setupFiles: ['test/extension/catalogs.ts'],
          },
        },
        {
          // Operations against real wrangler: backup export and import on a local D1, the deploy dry run.
          test: {
            name: 'ops',
            environment: 'node',
            include: ['test/ops/**/*.test.ts'],
            testTimeout: 240_000,
            hookTimeout: 240_000,
          },
        },
        {
          // Real Chromium with the built extension against `wrangler dev` on LOKUS_E2E_PORT, default :8799 (see test/e2e/global-setup.ts).
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['test/e2e/**/*.test.ts'],
            globalSetup: ['test/e2e/global-setup.ts'],
            fileParallelism: false,
            testTimeout: 120_000,
            hookTimeout: 180_000,
          },
        },
      ],
    },
  };
});
