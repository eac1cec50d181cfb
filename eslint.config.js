/**
 * ESLint for the whole repository: JavaScript's and typescript-eslint's recommended rules, with unused
 * variables, imports and parameters as errors (a leading `_` marks one kept on purpose). Unused exports and
 * files are knip's job (knip.json); formatting is Prettier's.
 */
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/.output/',
      '**/.wxt/',
      '.wrangler/',
      'coverage/',
      'test/e2e/.artifacts/',
      'worker/worker-configuration.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.serviceworker },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'all',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // worker-configuration.d.ts (`npm run types`) declares globals: it is referenced by path, not imported.
      '@typescript-eslint/triple-slash-reference': ['error', { path: 'always', types: 'prefer-import' }],
      // `declare global { namespace Cloudflare … }` is how the Workers types are extended.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // Tests read JSON answers whose shape the assertions check.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
