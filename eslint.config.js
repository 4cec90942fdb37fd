// @ts-check
import js from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier/flat';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Zone and resolver paths are absolute from this file's folder, not from the process's working
 * directory, so that the same config lints a copy of the tree (test/unit/architecture/layerLint.test.ts).
 */
const root = import.meta.dirname;

/** Folders of ours that no product layer may import (they import the product, not the reverse). */
const TOOLING = ['./test', './bench', './scripts'];

/**
 * The layers (README "Architecture", issue 12), each with the folders it must not import from:
 *   common     ← nothing of ours
 *   core       ← common
 *   workspace  ← core, common (the composition root and the IPC handler table)
 *   main       ← workspace, core, common
 *   preload    ← common
 *   renderer   ← common (the rest is reached through window.spine)
 *   phantom    ← common and core's file writers (test data; see productImportsPhantom)
 * The TypeScript resolver below is what makes these resolve: without it every import resolved
 * to nothing and the rule could not fail (issue 12).
 */
const layerZones = [
  {
    target: './electron/common',
    from: ['./electron/core', './electron/workspace', './electron/main', './electron/preload', './phantom', './renderer', ...TOOLING],
    message: 'common is pure: it imports nothing of ours.',
  },
  {
    target: './electron/core',
    from: ['./electron/workspace', './electron/main', './electron/preload', './renderer', ...TOOLING],
    message: 'core imports only common: no composition root (workspace), no Electron wiring, no renderer.',
  },
  {
    target: './electron/workspace',
    from: ['./electron/main', './electron/preload', './renderer', ...TOOLING],
    message: 'workspace composes core and common; it does not import Electron wiring or the renderer.',
  },
  {
    target: './electron/main',
    from: ['./electron/preload', './renderer', ...TOOLING],
    message: 'main wires workspace and core; it does not import the preload or the renderer.',
  },
  {
    target: './electron/preload',
    from: ['./electron/core', './electron/workspace', './electron/main', './phantom', './renderer', ...TOOLING],
    message: 'preload sees the contract in common only.',
  },
  {
    target: './renderer',
    from: ['./electron/core', './electron/workspace', './electron/main', './electron/preload', './phantom', ...TOOLING],
    message: 'renderer sees common only (talk to the rest through window.spine).',
  },
  {
    target: './phantom',
    from: ['./electron/workspace', './electron/main', './electron/preload', './renderer', ...TOOLING],
    message: "the phantom generator imports only common and core's file writers.",
  },
  {
    // What the generator writes: DICOM Part 10 files and the RSNA CSVs, written atomically.
    target: './phantom',
    from: './electron/core',
    except: ['./dicom', './rsna/RsnaLabels.ts', './rsna/formatRsnaCsv.ts', './rsna/rsnaFiles.ts', './fs/writeFileAtomic.ts'],
    message:
      "the phantom generator imports only common and core's file writers (dicom, the RSNA CSV format, writeFileAtomic); installing into a workspace is electron/core/demo's job.",
  },
];

/**
 * The phantom is test data, not product (issue 12): tests, benchmarks and scripts import it, and
 * in the product only the demo's workspace side, DEMO_ENTRY_POINTS. They are reached from the
 * `demo` CLI command (core/cli/commands/demoCommand.ts) and the first-run demo job
 * (core/engine/jobs/demoJob.ts, started by core/jobs/startFirstRunDemo.ts), which import
 * core/demo, never the phantom itself.
 */
const productImportsPhantom = {
  target: ['./electron/core', './electron/workspace', './electron/main'],
  from: './phantom',
  message: 'the phantom is test data: in the product only the demo entry points (DEMO_ENTRY_POINTS in eslint.config.js) import it.',
};
const DEMO_ENTRY_POINTS = ['electron/core/demo/installDemoDataset.ts'];

/**
 * `no-restricted-paths` options: a rule set in a later config block replaces the earlier one
 * (it does not merge), so the demo entry points get the layer zones without productImportsPhantom.
 * @param {object[]} zones
 */
const zoneRule = (zones) => ['error', { basePath: root, zones }];

const electronOnlyInMainAndPreload = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

/** SQL lives in the store (issue 12 item 2): only electron/core/store/ opens the driver. */
const betterSqliteOnlyInStore = {
  name: 'better-sqlite3',
  message: "Only electron/core/store/ imports better-sqlite3: use the store's repositories and WorkspaceDb.",
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'training/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.e2e.json'].map((name) => `${root}/${name}`),
          alwaysTryTypes: true,
          // Three projects on purpose (node, web, e2e): each file resolves under the one that includes it.
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': zoneRule([...layerZones, productImportsPhantom]),
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The native addon's loader and install script are CommonJS: npm runs them before anything is built.
    files: ['native/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // 0 cycles of runtime imports, at any depth (issue 12). On the product only: no product file
    // may import test/, bench/ or scripts/ (the zones), so a cycle through one of those lies
    // wholly among them, and there test/unit/architecture/importCycles.test.ts finds it; run on
    // them here, the rule walked the whole product graph once per test file and tripled its cost.
    // The rule skips type-only imports by design; that test counts those too.
    files: ['electron/**/*.ts', 'phantom/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: DEMO_ENTRY_POINTS,
    rules: { 'import-x/no-restricted-paths': zoneRule(layerZones) },
  },
  {
    files: ['electron/**/*.ts', 'phantom/**/*.ts'],
    ignores: ['electron/core/store/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInMainAndPreload, betterSqliteOnlyInStore] }],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [betterSqliteOnlyInStore] }] },
  },
  {
    files: ['test/e2e/electronSmoke.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'better-sqlite3', 'onnxruntime-node'].map((name) => ({
            name,
            message: 'common is pure TypeScript.',
          })),
          patterns: [{ group: ['node:*'], message: 'common is pure TypeScript.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // About memoisation by the React Compiler, which this app does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'onnxruntime-node', 'dicom-parser'].map((name) => ({
            name,
            message: 'The renderer is sandboxed: use window.spine.',
          })),
          patterns: [{ group: ['node:*'], message: 'The renderer is sandboxed: use window.spine.' }],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Last: turns off every stylistic rule, so lint and Prettier (npm run format:check) never disagree.
  eslintConfigPrettier,
);
