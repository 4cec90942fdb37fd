import type { Database } from 'better-sqlite3';
import { nextEditGroup, type EditMeta } from './editLabels';
import { pushUndo } from './undoStack';

/**
 * Runs one user action (a grade, a drag, a level shift…) in one transaction under one edit
 * group, and puts the group on the reader's undo stack for the study when it changed anything.
 * A new action clears that reader's redo branch, as every editor does.
 */
export function recordAction<T>(db: Database, studyId: number, reader: string, source: 'reader' | 'ai', act: (meta: EditMeta) => T): T {
  return db.transaction(() => {
    const groupId = nextEditGroup(db);
    const result = act({ reader, source, groupId, at: new Date().toISOString() });
    const wrote = db.prepare('SELECT 1 FROM edits WHERE group_id = ? LIMIT 1').get(groupId) !== undefined;
    if (wrote) pushUndo(db, studyId, reader, groupId);
    return result;
  })();
}
