import { sep } from 'node:path';
import type { WorkspaceDb } from '../WorkspaceDb';

/** Size and mtime of every indexed file under `root`, so a re-scan parses only what changed. */
export function knownFilesUnder(db: WorkspaceDb, root: string): Map<string, { size: number; mtimeMs: number }> {
  const prefix = root.endsWith(sep) ? root : root + sep;
  const rows = db
    .prepare('SELECT file_path, file_size, file_mtime_ms FROM instances WHERE file_path >= ? AND file_path < ?')
    .raw()
    .all(prefix, prefix + '\uffff') as [string, number, number][];
  return new Map(rows.map(([path, size, mtimeMs]) => [path, { size, mtimeMs }]));
}
