import type { UndoState } from '../../common/contract';
import {
  deleteUndoneGroups,
  findNewestUndoableGroup,
  findOldestRedoableGroup,
  insertUndoGroup,
  setGroupUndone,
} from '../store/labels/undoStackRepository';
import { writeTransaction } from '../store/transaction';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { nextEditGroup } from './editLabels';
import { describeEditGroup, groupEdits, reverseEdit } from './reverseEdit';

/**
 * Undo and redo per study and reader, persisted in `undo_stack` (one row per user action's edit
 * group), so they survive a restart. Undone groups always form the top of the stack: a new
 * action deletes them (the redo branch), undo takes the newest group not undone, redo the oldest
 * undone one. Undo and redo never delete history: they append their own edits to the audit with
 * source 'undo' / 'redo'.
 */
export function pushUndo(db: WorkspaceDb, studyId: number, reader: string, groupId: number): void {
  deleteUndoneGroups(db, studyId, reader);
  insertUndoGroup(db, studyId, reader, groupId);
}

export function undoState(db: WorkspaceDb, studyId: number, reader: string): UndoState {
  const undo = findNewestUndoableGroup(db, studyId, reader);
  const redo = findOldestRedoableGroup(db, studyId, reader);
  return {
    undo: undo ? describeEditGroup(groupEdits(db, undo)) : null,
    redo: redo ? describeEditGroup(groupEdits(db, redo)) : null,
  };
}

/** Reverses the reader's last action on the study; false when there is nothing to undo. */
export function undoLast(db: WorkspaceDb, studyId: number, reader: string): boolean {
  return writeTransaction(db, () => {
    const groupId = findNewestUndoableGroup(db, studyId, reader);
    if (!groupId) return false;
    const meta = { reader, source: 'undo' as const, groupId: nextEditGroup(db), at: new Date().toISOString() };
    for (const edit of groupEdits(db, groupId).reverse()) reverseEdit(db, edit, 'undo', meta);
    setGroupUndone(db, studyId, reader, groupId, true);
    return true;
  });
}

/** Repeats the reader's last undone action; false when there is nothing to redo. */
export function redoLast(db: WorkspaceDb, studyId: number, reader: string): boolean {
  return writeTransaction(db, () => {
    const groupId = findOldestRedoableGroup(db, studyId, reader);
    if (!groupId) return false;
    const meta = { reader, source: 'redo' as const, groupId: nextEditGroup(db), at: new Date().toISOString() };
    for (const edit of groupEdits(db, groupId)) reverseEdit(db, edit, 'redo', meta);
    setGroupUndone(db, studyId, reader, groupId, false);
    return true;
  });
}
