import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';
import { sqliteNativeBinding } from './sqliteNativeBinding';

export type { Database } from 'better-sqlite3';

/**
 * Opens (creating if needed) a workspace database and brings it to the current schema.
 * WAL lets readers run beside the one writer; synchronous=FULL makes every committed edit
 * survive a power cut (https://www.sqlite.org/pragma.html#pragma_synchronous), which the
 * product promises ("a crash or power cut loses no saved edit").
 */
export function openDatabase(file: string): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  // The addon built for this runtime (Node or Electron); a NativeModuleError says why it did not load.
  const db = new BetterSqlite3(file, { nativeBinding: sqliteNativeBinding() });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
