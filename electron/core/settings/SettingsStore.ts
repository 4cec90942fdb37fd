import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../../common/contract';
import { listSettings, upsertSettings } from '../store/settings/settingsRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { resolveReader } from './resolveReader';

/** Settings live in the workspace database (table `settings`, one JSON value per key). */
export class SettingsStore {
  constructor(private readonly db: WorkspaceDb) {}

  get(): Settings {
    const stored = listSettings(this.db);
    const merged = { ...DEFAULT_SETTINGS, ...stored, reader: resolveReader(this.db) };
    // A value written by another version that no longer validates falls back to the default.
    const parsed = Settings.safeParse(merged);
    return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, reader: resolveReader(this.db) };
  }

  set(patch: SettingsPatch): Settings {
    upsertSettings(
      this.db,
      Object.entries(patch).filter(([, value]) => value !== undefined),
    );
    return this.get();
  }
}
