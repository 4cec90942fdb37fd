import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where a line of product code speaks SQL or reaches the SQLite driver itself. */
export interface SqlSite {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

/**
 * What counts as "SQL outside the store" (issue 12): a prepared statement, raw exec, a pragma or
 * a transaction on the connection, the driver imported, or an SQL statement written as a string.
 * Keywords are matched in capitals at the start of a string literal, the way every statement of
 * this codebase is written, so UI text such as 'Update the model' is not taken for SQL.
 */
const PATTERNS: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /\.prepare\(/, why: 'prepared statement' },
  { pattern: /\.exec\(\s*['"`]/, why: 'raw exec' },
  { pattern: /\.pragma\(/, why: 'pragma' },
  { pattern: /\bdb\.transaction\(|\.transaction\(\s*\(\)\s*=>/, why: 'transaction opened outside the store' },
  { pattern: /from\s+['"]better-sqlite3['"]|require\(\s*['"]better-sqlite3['"]\s*\)/, why: 'SQLite driver imported' },
  {
    pattern:
      /['"`]\s*(SELECT\s+[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|WITH\s+\w+\s+AS\s*\(|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)\s|DROP\s+(TABLE|INDEX|TRIGGER|VIEW)\s|ALTER\s+TABLE\s)/,
    why: 'SQL text',
  },
];

export function sqlSitesInText(file: string, text: string): SqlSite[] {
  const sites: SqlSite[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const { pattern, why } of PATTERNS) {
      if (pattern.test(lineText)) sites.push({ file, line: index + 1, text: lineText.trim(), why });
    }
  });
  return sites;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every SQL site in the product code (electron/ and renderer/) that lies outside `storeDir`. */
export function sqlSitesOutsideStore(root: string, storeDir = 'electron/core/store'): SqlSite[] {
  return ['electron', 'renderer']
    .flatMap((top) => sourceFiles(join(root, top)))
    .map((path) => relative(root, path).split('\\').join('/'))
    .filter((file) => !file.startsWith(`${storeDir}/`))
    .flatMap((file) => sqlSitesInText(file, readFileSync(join(root, file), 'utf8')));
}
