/**
 * WXT config for the Lokus extension (Chrome MV3 and Firefox MV2), built from the repo root with
 * `wxt build extension [-b firefox]`. The extension has no package.json of its own, so the manifest's
 * name, version and default locale are set here. Host access to the Lokus server is optional and asked
 * for at sign-in; only dev/e2e builds (`--mode development` or `LOKUS_E2E=1`) grant the local worker up front.
 */
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const SERVER_PATTERNS = ['http://*/*', 'https://*/*'];
const LOCAL_WORKER = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/i18n/module'],
  vite: ({ mode }) => ({
    plugins: [preact()],
    define: {
      // The fault e2e test waits out one timeout per slow answer; users keep the default 30 s.
      __LOKUS_REQUEST_TIMEOUT_MS__: JSON.stringify(mode === 'e2e' ? 10_000 : 30_000),
    },
  }),
  manifest: ({ browser, manifestVersion, mode }) => {
    const local = isLocalBuild(mode);
    const mv2 = manifestVersion === 2;
    return {
      name: 'Lokus',
      description: '__MSG_extDescription__',
      version: '0.1.0',
      default_locale: 'id',
      permissions: [
        'activeTab',
        'scripting',
        'storage',
        'alarms',
        'contextMenus',
        ...(browser === 'firefox' ? [] : ['sidePanel']),
        // Firefox MV2 has no optional_host_permissions: its optional host patterns are plain permissions.
        ...(mv2 && local ? LOCAL_WORKER : []),
      ],
      // `tabs` only lets the badge read the URL of the tab being looked at; asked with the server at sign-in.
      ...(mv2
        ? { optional_permissions: ['tabs', ...SERVER_PATTERNS] }
        : {
            optional_permissions: ['tabs'],
            optional_host_permissions: SERVER_PATTERNS,
            host_permissions: local ? LOCAL_WORKER : [],
          }),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: { id: 'lokus@lokus.example', data_collection_permissions: { required: ['none'] } },
            },
          }
        : {}),
    };
  },
});

/** Dev and e2e builds talk to the local worker without a permission prompt nobody can click. */
function isLocalBuild(mode: string): boolean {
  return mode === 'development' || mode === 'e2e' || process.env.LOKUS_E2E === '1';
}
