import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * 0 import cycles, type-only imports included (issue 12 names
 * createHandlers ↔ the handler files and Viewport ↔ ViewportGestures, which import each other
 * only for types). `import-x/no-cycle` in eslint.config.js catches cycles of runtime imports but
 * skips type-only imports by design (no option turns that off), and runs on the product only, so
 * the module graph of the product and of its tests, benchmarks and scripts is read here with
 * TypeScript's own parser and resolver, and its strongly connected components are counted.
 */

const repo = resolve(import.meta.dirname, '../../..');
const SOURCES = ['electron', 'phantom', 'renderer/src', 'test', 'bench', 'scripts'];

const OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or with import(). */
function specifiers(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  return found;
}

function importGraph(): Map<string, string[]> {
  const files = SOURCES.flatMap((dir) => sourceFiles(join(repo, dir)));
  const known = new Set(files);
  return new Map(
    files.map((file) => [
      file,
      specifiers(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => ts.resolveModuleName(specifier, file, OPTIONS, ts.sys).resolvedModule?.resolvedFileName)
        .filter((target): target is string => target !== undefined && known.has(resolve(target)))
        .map((target) => resolve(target)),
    ]),
  );
}

/** Tarjan's strongly connected components with more than one module: each is a cycle (or several). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (module: string): void => {
    index.set(module, counter);
    low.set(module, counter);
    counter += 1;
    stack.push(module);
    onStack.add(module);
    for (const next of graph.get(module) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(module, Math.min(low.get(module)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(module, Math.min(low.get(module)!, index.get(next)!));
      }
    }
    if (low.get(module) !== index.get(module)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== module);
    if (component.length > 1) found.push(component);
  };
  for (const module of graph.keys()) if (!index.has(module)) connect(module);
  return found;
}

describe('import cycles (type-only imports included)', () => {
  it('finds a planted cycle', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph).map((c) => c.sort())).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('has none in the product, its tests, benchmarks and scripts', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(500);
    const found = cycles(graph)
      .map((component) => component.map((file) => relative(repo, file).split('\\').join('/')).sort())
      .sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(found).toEqual([]);
  });
});
