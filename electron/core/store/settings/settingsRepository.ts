import type { WorkspaceDb } from '../WorkspaceDb';
import { writeTransaction } from '../transaction';

/* Settings live in the workspace database (table `settings`, one JSON value per key). */

/** Every stored setting, its JSON value decoded. */
export function listSettings(db: WorkspaceDb): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings').raw().all() as [string, string][];
  return Object.fromEntries(rows.map(([key, value]) => [key, JSON.parse(value) as unknown]));
}

/** One stored setting, its JSON value decoded; undefined when it is not stored. */
export function findSetting(db: WorkspaceDb, key: string): unknown {
  const stored = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return stored ? (JSON.parse(stored) as unknown) : undefined;
}

/** Stores each value (JSON-encoded) under its key, all in one write transaction. */
export function upsertSettings(db: WorkspaceDb, entries: readonly (readonly [string, unknown])[]): void {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  writeTransaction(db, () => {
    for (const [key, value] of entries) upsert.run(key, JSON.stringify(value));
  });
}
