import type { Database } from 'better-sqlite3';

/**
 * The workspace connection as the rest of core sees it: an opaque handle passed to the store's
 * repositories. Only files under `core/store/` may use its SQL methods (lint and
 * test/unit/architecture/sqlOutsideStore.test.ts enforce it), so that one folder knows the schema.
 */
export type WorkspaceDb = Database;
