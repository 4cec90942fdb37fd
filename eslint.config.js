// @ts-check
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import zones keep the process boundaries one-way (README "Architecture"):
 * common ← core ← main; preload ← common; renderer ← common only.
 */
const zones = [
  { target: './electron/common', from: ['./electron/core', './electron/main', './electron/preload', './renderer'], message: 'common is pure: it imports nothing of ours.' },
  { target: './electron/core', from: ['./electron/main', './electron/preload', './renderer'], message: 'core runs in plain Node: no Electron wiring, no renderer.' },
  { target: './electron/main', from: ['./electron/preload', './renderer'], message: 'main wires core; it does not import the preload or the renderer.' },
  { target: './electron/preload', from: ['./electron/core', './electron/main', './renderer'], message: 'preload sees the contract in common only.' },
  { target: './renderer', from: ['./electron/core', './electron/main', './electron/preload'], message: 'renderer sees common only (talk to the rest through window.spine).' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'training/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron.' }] }],
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
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'test/e2e/electronSmoke.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'better-sqlite3', 'onnxruntime-node'].map((name) => ({ name, message: 'common is pure TypeScript.' })),
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
          paths: ['electron', 'better-sqlite3', 'onnxruntime-node', 'dicom-parser'].map((name) => ({ name, message: 'The renderer is sandboxed: use window.spine.' })),
          patterns: [{ group: ['node:*'], message: 'The renderer is sandboxed: use window.spine.' }],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
