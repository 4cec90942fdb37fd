import type { WorkspaceDb } from './WorkspaceDb';

/**
 * A consistent read of several statements (an export's files, a training snapshot): every
 * statement inside sees the same instant. Deferred, as it always was: a read-only transaction
 * takes no write lock, and in WAL mode a reader never holds the writer off, so a long export does
 * not stall the reader's edits in the other process (https://www.sqlite.org/wal.html). Writes go
 * through writeTransaction (transaction.ts), never through this.
 */
export function readTransaction<T>(db: WorkspaceDb, work: () => T): T {
  return db.transaction(work).deferred();
}
