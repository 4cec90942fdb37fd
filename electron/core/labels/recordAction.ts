import { groupHasEdits } from '../store/labels/editRepository';
import { writeTransaction } from '../store/transaction';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { nextEditGroup, type EditMeta } from './editLabels';
import { pushUndo } from './undoStack';

/**
 * Runs one user action (a grade, a drag, a level shift…) in one transaction under one edit
 * group, and puts the group on the reader's undo stack for the study when it changed anything.
 * A new action clears that reader's redo branch, as every editor does.
 */
export function recordAction<T>(db: WorkspaceDb, studyId: number, reader: string, source: 'reader' | 'ai', act: (meta: EditMeta) => T): T {
  return writeTransaction(db, () => {
    const groupId = nextEditGroup(db);
    const result = act({ reader, source, groupId, at: new Date().toISOString() });
    if (groupHasEdits(db, groupId)) pushUndo(db, studyId, reader, groupId);
    return result;
  });
}
