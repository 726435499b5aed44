// ESLint (flat config) with typed linting through typescript-eslint: `npm run lint`, also run by
// `npm test`. TypeScript files are linted with type information (the project's tsconfig.json);
// the JavaScript build and test scripts without it.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Everything the pure engine must not import: Node built-ins, the editor and LSP, the adapters. */
const engineImportBan = {
  paths: builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: 'The engine is pure: no Node built-ins in engine/src (see docs/ARCHITECTURE.md).' })),
  patterns: [
    { group: ['node:*'], message: 'The engine is pure: no Node built-ins in engine/src (see docs/ARCHITECTURE.md).' },
    { group: ['vscode', 'vscode-*', '@vscode/*'], message: 'The engine is pure: no VS Code or LSP types in engine/src; adapters convert at the edge.' },
    { group: ['**/host/src/**', '**/cli/src/**', '**/server/src/**', '**/client/src/**'], message: 'The engine must not depend on its adapters.' },
  ],
};

export default tseslint.config(
  // What .gitignore leaves out (build output, downloaded tools), plus script fixtures.
  { ignores: ['**/node_modules/**', '**/dist/**', '**/out/**', '**/.tools/**', '.vscode-test/**', '**/fixtures/**/*.js'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['engine/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', engineImportBan],
      // House style (issue 10): no engine function over 120 lines, drawing included. Every engine
      // function is under it since December 2026, so a longer one now fails the lint.
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // node:test's describe/it return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
      // Tests read JSON from processes and protocol messages as `any` and check its shape with
      // assertions; typing every such value would restate the assertions.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    // Build, bench and e2e scripts ignore failures of best-effort steps (a missing file, a process
    // already gone) on purpose.
    rules: { 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
  {
    // Functions this script runs in the browser page of the workbench.
    files: ['tests/e2e/ui.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
