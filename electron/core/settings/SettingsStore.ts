import type { Database } from 'better-sqlite3';
import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../../common/contract';
import { resolveReader } from './resolveReader';

/** Settings live in the workspace database (table `settings`, one JSON value per key). */
export class SettingsStore {
  constructor(private readonly db: Database) {}

  get(): Settings {
    const rows = this.db.prepare('SELECT key, value FROM settings').raw().all() as [string, string][];
    const stored = Object.fromEntries(rows.map(([key, value]) => [key, JSON.parse(value) as unknown]));
    const merged = { ...DEFAULT_SETTINGS, ...stored, reader: resolveReader(this.db) };
    // A value written by another version that no longer validates falls back to the default.
    const parsed = Settings.safeParse(merged);
    return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, reader: resolveReader(this.db) };
  }

  set(patch: SettingsPatch): Settings {
    const upsert = this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
    })();
    return this.get();
  }
}
