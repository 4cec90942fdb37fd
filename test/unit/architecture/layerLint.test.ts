import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/tempDir';

/**
 * The layer rules must be able to fail (issue 12: before the TypeScript resolver, a renderer file
 * importing core passed lint). A copy of what lint needs gets one planted file per forbidden
 * direction, the real eslint.config.js lints it, and each planted file must fail with the rule
 * that guards that direction, while every file of the real tree stays clean for the same rules.
 */

const repo = resolve(import.meta.dirname, '../../..');

/** The rules this test is about; the rest of the config does not run (it is `npm run lint`'s job). */
const DIRECTION_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-imports']);
const LAYER_RULES = new Set([...DIRECTION_RULES, 'import-x/no-cycle']);

/** A module each planted file imports: planted too, so the test does not depend on today's file names. */
const TARGETS = {
  core: 'electron/core/plantedTarget.ts',
  main: 'electron/main/plantedTarget.ts',
  workspace: 'electron/workspace/plantedTarget.ts',
  renderer: 'renderer/src/plantedTarget.ts',
  phantom: 'phantom/plantedTarget.ts',
  coreIndexing: 'electron/core/indexing/plantedTarget.ts',
  coreDicom: 'electron/core/dicom/plantedTarget.ts',
  common: 'electron/common/plantedTarget.ts',
} as const;

interface Violation {
  /** The forbidden direction, as the test names it. */
  readonly direction: string;
  readonly file: string;
  /** The planted file's whole text. */
  readonly text: string;
  readonly rule: string;
  /** A fragment of the message of the zone (or import rule) that must fire. */
  readonly message: string;
}

function importing(file: string, target: string): string {
  let specifier = relative(dirname(file), target).replace(/\.ts$/, '');
  if (!specifier.startsWith('.')) specifier = `./${specifier}`;
  return `import { planted } from '${specifier}';\n\nexport const uses = planted;\n`;
}

function zoneViolation(direction: string, file: string, target: string, message: string): Violation {
  return { direction, file, text: importing(file, target), rule: 'import-x/no-restricted-paths', message };
}

const VIOLATIONS: readonly Violation[] = [
  zoneViolation('renderer → core', 'renderer/src/plantedImportsCore.ts', TARGETS.core, 'renderer sees common only'),
  zoneViolation('renderer → main', 'renderer/src/plantedImportsMain.ts', TARGETS.main, 'renderer sees common only'),
  zoneViolation('core → main', 'electron/core/plantedImportsMain.ts', TARGETS.main, 'core imports only common'),
  zoneViolation('core → renderer', 'electron/core/plantedImportsRenderer.ts', TARGETS.renderer, 'core imports only common'),
  zoneViolation('core → workspace', 'electron/core/plantedImportsWorkspace.ts', TARGETS.workspace, 'core imports only common'),
  zoneViolation('common → core', 'electron/common/plantedImportsCore.ts', TARGETS.core, 'common is pure'),
  zoneViolation('preload → core', 'electron/preload/plantedImportsCore.ts', TARGETS.core, 'preload sees the contract in common only'),
  zoneViolation('product (core) → phantom', 'electron/core/plantedImportsPhantom.ts', TARGETS.phantom, 'the phantom is test data'),
  zoneViolation('product (main) → phantom', 'electron/main/plantedImportsPhantom.ts', TARGETS.phantom, 'the phantom is test data'),
  zoneViolation('phantom → core beyond the file writers', 'phantom/plantedImportsIndexing.ts', TARGETS.coreIndexing, "core's file writers"),
  {
    direction: 'outside the store → better-sqlite3',
    file: 'electron/core/plantedImportsSqlite.ts',
    text: "import Database from 'better-sqlite3';\n\nexport const open = (): Database.Database => new Database(':memory:');\n",
    rule: 'no-restricted-imports',
    message: 'Only electron/core/store/ imports better-sqlite3',
  },
  {
    direction: 'a two-file cycle (first file)',
    file: 'electron/core/plantedCycleA.ts',
    text: "import { b } from './plantedCycleB';\n\nexport const a = (): number => b() + 1;\n",
    rule: 'import-x/no-cycle',
    message: 'Dependency cycle',
  },
  {
    direction: 'a two-file cycle (second file)',
    file: 'electron/core/plantedCycleB.ts',
    text: "import { a } from './plantedCycleA';\n\nexport const b = (): number => 0;\nexport const viaA = (): number => a();\n",
    rule: 'import-x/no-cycle',
    message: 'Dependency cycle',
  },
];

/** Allowed directions, planted as well: they must lint clean, or the failures above prove nothing. */
const ALLOWED: readonly { readonly direction: string; readonly file: string; readonly text: string }[] = [
  {
    direction: 'core → common',
    file: 'electron/core/plantedImportsCommon.ts',
    text: importing('electron/core/plantedImportsCommon.ts', TARGETS.common),
  },
  {
    direction: 'workspace → core',
    file: 'electron/workspace/plantedImportsCore.ts',
    text: importing('electron/workspace/plantedImportsCore.ts', TARGETS.core),
  },
  {
    direction: 'main → workspace',
    file: 'electron/main/plantedImportsWorkspace.ts',
    text: importing('electron/main/plantedImportsWorkspace.ts', TARGETS.workspace),
  },
  {
    direction: 'main → core',
    file: 'electron/main/plantedImportsCore.ts',
    text: importing('electron/main/plantedImportsCore.ts', TARGETS.core),
  },
  {
    direction: 'preload → common',
    file: 'electron/preload/plantedImportsCommon.ts',
    text: importing('electron/preload/plantedImportsCommon.ts', TARGETS.common),
  },
  {
    direction: 'renderer → common',
    file: 'renderer/src/plantedImportsCommon.ts',
    text: importing('renderer/src/plantedImportsCommon.ts', TARGETS.common),
  },
  {
    direction: 'phantom → core/dicom',
    file: 'phantom/plantedImportsDicom.ts',
    text: importing('phantom/plantedImportsDicom.ts', TARGETS.coreDicom),
  },
  {
    direction: 'core/store → better-sqlite3',
    file: 'electron/core/store/plantedDriver.ts',
    text: "import Database from 'better-sqlite3';\n\nexport const open = (): Database.Database => new Database(':memory:');\n",
  },
];

function plantedFiles(): string[] {
  return [...VIOLATIONS, ...ALLOWED].map((planted) => planted.file).concat(Object.values(TARGETS));
}

/** What lint needs of the tree, nothing else: the config, the sources, the tsconfigs (the resolver reads them). */
function copyTree(into: string): void {
  for (const name of [
    'eslint.config.js',
    'package.json',
    'tsconfig.base.json',
    'tsconfig.node.json',
    'tsconfig.web.json',
    'tsconfig.e2e.json',
  ]) {
    cpSync(join(repo, name), join(into, name));
  }
  for (const folder of ['electron', 'renderer', 'phantom']) cpSync(join(repo, folder), join(into, folder), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(into, 'node_modules'), 'dir');
}

function plant(into: string, file: string, text: string): void {
  mkdirSync(dirname(join(into, file)), { recursive: true });
  writeFileSync(join(into, file), text);
}

// Made while the file is collected, so that the support's afterAll removes it after the file.
const copy = tempDir('sr-layer-lint-');
let messagesByFile = new Map<string, Linter.LintMessage[]>();

beforeAll(async () => {
  const started = performance.now();
  copyTree(copy);
  for (const target of Object.values(TARGETS)) plant(copy, target, 'export const planted = 1;\n');
  for (const { file, text } of [...VIOLATIONS, ...ALLOWED]) plant(copy, file, text);
  const planted = plantedFiles();
  // The planted files with every layer rule; the real tree with the direction rules only:
  // no-cycle over the whole tree re-parses every module, and is `npm run lint`'s job (and
  // importCycles.test.ts's).
  const withCycles = await new ESLint({ cwd: copy, ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId) }).lintFiles(planted);
  const directions = await new ESLint({
    cwd: copy,
    ruleFilter: ({ ruleId }) => DIRECTION_RULES.has(ruleId),
    ignorePatterns: planted,
  }).lintFiles(['electron', 'renderer', 'phantom']);
  messagesByFile = new Map([...withCycles, ...directions].map((result) => [relative(copy, result.filePath), result.messages]));
  console.info(`layer lint of ${messagesByFile.size} files in the copy: ${Math.round(performance.now() - started)} ms`);
}, 120_000);

describe('layer lint on a copy of the tree', () => {
  it.each(VIOLATIONS)('fails $direction with $rule', ({ file, rule, message }) => {
    const messages = messagesByFile.get(file) ?? [];
    expect(messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([expect.stringContaining(`${rule}: `)]);
    expect(messages[0]?.message).toContain(message);
    expect(messages[0]?.severity).toBe(2);
  });

  it.each(ALLOWED)('allows $direction', ({ file }) => {
    expect(messagesByFile.get(file)).toEqual([]);
  });

  it('lints the planted targets clean: the failures come from the direction, not the files', () => {
    for (const target of Object.values(TARGETS)) expect(messagesByFile.get(target)).toEqual([]);
  });

  it('passes every file of the real tree for the direction rules (0 zone violations, the demo entry point importing the phantom included)', () => {
    const planted = new Set(plantedFiles());
    const real = [...messagesByFile].filter(([file]) => !planted.has(file));
    expect(real.length).toBeGreaterThan(300);
    expect(real.map(([file]) => file)).toContain('electron/core/demo/installDemoDataset.ts');
    const problems = real.flatMap(([file, messages]) => messages.map((m) => `${file}:${m.line} ${m.ruleId ?? 'parse'}: ${m.message}`));
    expect(problems).toEqual([]);
  });
});
