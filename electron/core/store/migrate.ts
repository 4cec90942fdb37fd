import { MIGRATIONS } from './migrations';
import { writeTransaction } from './transaction';
import type { WorkspaceDb } from './WorkspaceDb';

export class NewerDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `${file}: database schema version ${found} is newer than this version of Spine Review supports (${supported}); ` +
        'open it with a newer Spine Review',
    );
    this.name = 'NewerDatabaseError';
  }
}

/**
 * Applies every migration above the database's `user_version`, each in its own write transaction
 * with its version bump (a failing migration leaves the database at the version before it).
 */
export function migrate(db: WorkspaceDb, file: string, migrations: readonly string[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw new NewerDatabaseError(file, current, migrations.length);
  for (let version = current; version < migrations.length; version++) {
    const sql = migrations[version] as string;
    writeTransaction(db, () => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    });
  }
  return migrations.length;
}
