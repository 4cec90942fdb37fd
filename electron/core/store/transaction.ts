import type { WorkspaceDb } from './WorkspaceDb';

/**
 * The one way the workspace writes: every write of the store runs inside this helper, so that
 * every write takes the same lock the same way.
 *
 * `BEGIN IMMEDIATE` takes SQLite's write lock when the transaction starts instead of at its first
 * write. A deferred transaction that reads first and writes later cannot be upgraded while a
 * second process holds the write lock and fails at once with SQLITE_BUSY, ignoring busy_timeout
 * (https://www.sqlite.org/lang_transaction.html, "Read transactions" / SQLITE_BUSY). Called
 * inside another transaction it becomes a savepoint (better-sqlite3's nesting), so repositories
 * may call it freely.
 */
export function writeTransaction<T>(db: WorkspaceDb, work: () => T): T {
  return db.transaction(work).immediate();
}

/**
 * A consistent read of several statements (an export's files, a training snapshot): every
 * statement inside sees the same instant. Deferred, as it always was: a read-only transaction
 * takes no write lock, and in WAL mode a reader never holds the writer off, so a long export does
 * not stall the reader's edits in the other process (https://www.sqlite.org/wal.html). Writes go
 * through writeTransaction, never through this.
 */
export function readTransaction<T>(db: WorkspaceDb, work: () => T): T {
  return db.transaction(work).deferred();
}
