import type { Database } from 'better-sqlite3';
import { userInfo } from 'node:os';

/**
 * The reader name written to the audit: the `reader` setting, else SPINE_REVIEW_READER, else
 * the operating-system user.
 */
export function resolveReader(db: Database, env: NodeJS.ProcessEnv = process.env): string {
  const stored = db.prepare("SELECT value FROM settings WHERE key = 'reader'").pluck().get() as string | undefined;
  if (stored) {
    const parsed = JSON.parse(stored) as unknown;
    if (typeof parsed === 'string' && parsed.trim()) return parsed.trim();
  }
  const fromEnv = env['SPINE_REVIEW_READER'];
  if (fromEnv?.trim()) return fromEnv.trim();
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
