import { userInfo } from 'node:os';
import { findSetting } from '../store/settings/settingsRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';

/**
 * The reader name written to the audit: the `reader` setting, else SPINE_REVIEW_READER, else
 * the operating-system user.
 */
export function resolveReader(db: WorkspaceDb, env: NodeJS.ProcessEnv = process.env): string {
  const stored = findSetting(db, 'reader');
  if (typeof stored === 'string' && stored.trim()) return stored.trim();
  const fromEnv = env['SPINE_REVIEW_READER'];
  if (fromEnv?.trim()) return fromEnv.trim();
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
