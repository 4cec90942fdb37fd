import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, NewerDatabaseError } from '../../../electron/core/store/migrate';
import { SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { tempDir } from '../../support/tempDir';

const dir = tempDir();

describe('store migrations', () => {
  it('brings a new file to the current schema in WAL mode with foreign keys on', () => {
    const db = openDatabase(join(dir, 'new.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    for (const table of ['studies', 'series', 'instances', 'grades', 'points', 'edits', 'model_runs', 'predictions', 'reviews']) {
      expect(tables).toContain(table);
    }
    db.close();
  });

  it('opens an existing database again without re-running migrations', () => {
    const file = join(dir, 'again.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer version, naming the file, and leaves it untouched', () => {
    const file = join(dir, 'newer.sqlite');
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer.sqlite.*version/);
    const check = new BetterSqlite3(file);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    check.close();
  });

  it('applies each migration in one transaction: a failing one leaves the version and schema as they were', () => {
    const db = new BetterSqlite3(join(dir, 'partial.sqlite'));
    const good = 'CREATE TABLE a (x INTEGER);';
    const bad = 'CREATE TABLE b (x INTEGER); INSERT INTO missing_table VALUES (1);';
    expect(() => migrate(db, 'partial.sqlite', [good, bad])).toThrow(/missing_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toContain('a');
    expect(tables).not.toContain('b');
    db.close();
  });

  it('keeps the audit append-only: UPDATE and DELETE on edits are refused', () => {
    const db = openDatabase(join(dir, 'audit.sqlite'));
    db.prepare("INSERT INTO studies (study_key, created_at) VALUES ('1', 'now')").run();
    db.prepare(
      "INSERT INTO edits (study_id, group_id, entity, action, reader, source, at) VALUES (1, 1, 'grade', 'set_grade', 'r', 'reader', 'now')",
    ).run();
    expect(() => db.prepare("UPDATE edits SET reader = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM edits').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT reader FROM edits').pluck().get()).toBe('r');
    db.close();
  });
});
