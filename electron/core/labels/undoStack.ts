import type { Database } from 'better-sqlite3';
import type { UndoState } from '../../common/contract';
import { nextEditGroup } from './editLabels';
import { describeEditGroup, groupEdits, reverseEdit } from './reverseEdit';

/**
 * Undo and redo per study and reader, persisted in `undo_stack` (one row per user action's edit
 * group), so they survive a restart. Undone groups always form the top of the stack: a new
 * action deletes them (the redo branch), undo takes the newest group not undone, redo the oldest
 * undone one. Undo and redo never delete history: they append their own edits to the audit with
 * source 'undo' / 'redo'.
 */
export function pushUndo(db: Database, studyId: number, reader: string, groupId: number): void {
  db.prepare('DELETE FROM undo_stack WHERE study_id = ? AND reader = ? AND undone = 1').run(studyId, reader);
  db.prepare('INSERT INTO undo_stack (study_id, reader, group_id, undone) VALUES (?, ?, ?, 0)').run(studyId, reader, groupId);
}

function nextToUndo(db: Database, studyId: number, reader: string): number | undefined {
  return db.prepare('SELECT max(group_id) FROM undo_stack WHERE study_id = ? AND reader = ? AND undone = 0').pluck().get(studyId, reader) as number | undefined;
}

function nextToRedo(db: Database, studyId: number, reader: string): number | undefined {
  return db.prepare('SELECT min(group_id) FROM undo_stack WHERE study_id = ? AND reader = ? AND undone = 1').pluck().get(studyId, reader) as number | undefined;
}

export function undoState(db: Database, studyId: number, reader: string): UndoState {
  const undo = nextToUndo(db, studyId, reader);
  const redo = nextToRedo(db, studyId, reader);
  return {
    undo: undo ? describeEditGroup(groupEdits(db, undo)) : null,
    redo: redo ? describeEditGroup(groupEdits(db, redo)) : null,
  };
}

/** Reverses the reader's last action on the study; false when there is nothing to undo. */
export function undoLast(db: Database, studyId: number, reader: string): boolean {
  return db.transaction(() => {
    const groupId = nextToUndo(db, studyId, reader);
    if (!groupId) return false;
    const meta = { reader, source: 'undo' as const, groupId: nextEditGroup(db), at: new Date().toISOString() };
    for (const edit of groupEdits(db, groupId).reverse()) reverseEdit(db, edit, 'undo', meta);
    db.prepare('UPDATE undo_stack SET undone = 1 WHERE study_id = ? AND reader = ? AND group_id = ?').run(studyId, reader, groupId);
    return true;
  })();
}

/** Repeats the reader's last undone action; false when there is nothing to redo. */
export function redoLast(db: Database, studyId: number, reader: string): boolean {
  return db.transaction(() => {
    const groupId = nextToRedo(db, studyId, reader);
    if (!groupId) return false;
    const meta = { reader, source: 'redo' as const, groupId: nextEditGroup(db), at: new Date().toISOString() };
    for (const edit of groupEdits(db, groupId)) reverseEdit(db, edit, 'redo', meta);
    db.prepare('UPDATE undo_stack SET undone = 0 WHERE study_id = ? AND reader = ? AND group_id = ?').run(studyId, reader, groupId);
    return true;
  })();
}
