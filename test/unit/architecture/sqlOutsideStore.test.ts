import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sqlSitesInText, sqlSitesOutsideStore } from './sqlOutsideStore';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('all SQL of the workspace lives in electron/core/store (issue 12)', () => {
  it('finds no SQL site in product code outside the store folder', () => {
    const sites = sqlSitesOutsideStore(root);
    expect(sites.map((site) => `${site.file}:${site.line} ${site.why}: ${site.text}`)).toEqual([]);
  });

  it('does find the store itself, so the scan reads the real tree', () => {
    const everywhere = sqlSitesOutsideStore(root, 'no-such-folder');
    expect(everywhere.filter((site) => site.file.startsWith('electron/core/store/')).length).toBeGreaterThan(50);
  });

  it('flags each kind of SQL site when it is planted in a file', () => {
    const planted = [
      "const row = db.prepare('x').get();",
      "db.exec('VACUUM');",
      "db.pragma('journal_mode = WAL');",
      'db.transaction(() => write())();',
      "import Database from 'better-sqlite3';",
      "const sql = 'SELECT id FROM studies';",
      'const sql = `INSERT INTO edits (a) VALUES (?)`;',
      "const sql = 'UPDATE grades SET grade = ?';",
      '"DELETE FROM points WHERE id = ?"',
    ];
    planted.forEach((line) => expect(sqlSitesInText('planted.ts', line), line).toHaveLength(1));
  });

  it('leaves ordinary code and UI text alone', () => {
    const clean = [
      'const match = /x/.exec(text);',
      "label: 'Update the model',",
      "title: 'Select a folder'",
      "await jobs.start('index', 'Index folder')",
    ];
    clean.forEach((line) => expect(sqlSitesInText('clean.ts', line), line).toEqual([]));
  });
});
