import type { WorkspaceDb } from '../WorkspaceDb';

/*
 * Table `undo_stack`: one row per user action's edit group, per study and reader. Undone groups
 * always form the top of the stack (see labels/undoStack.ts).
 */

/** Drops the reader's redo branch for the study (the groups undone and not redone). */
export function deleteUndoneGroups(db: WorkspaceDb, studyId: number, reader: string): void {
  db.prepare('DELETE FROM undo_stack WHERE study_id = ? AND reader = ? AND undone = 1').run(studyId, reader);
}

export function insertUndoGroup(db: WorkspaceDb, studyId: number, reader: string, groupId: number): void {
  db.prepare('INSERT INTO undo_stack (study_id, reader, group_id, undone) VALUES (?, ?, ?, 0)').run(studyId, reader, groupId);
}

/** The newest group not undone, null when there is nothing to undo. */
export function findNewestUndoableGroup(db: WorkspaceDb, studyId: number, reader: string): number | null {
  return (
    (db.prepare('SELECT max(group_id) FROM undo_stack WHERE study_id = ? AND reader = ? AND undone = 0').pluck().get(studyId, reader) as
      number | null | undefined) ?? null
  );
}

/** The oldest undone group, null when there is nothing to redo. */
export function findOldestRedoableGroup(db: WorkspaceDb, studyId: number, reader: string): number | null {
  return (
    (db.prepare('SELECT min(group_id) FROM undo_stack WHERE study_id = ? AND reader = ? AND undone = 1').pluck().get(studyId, reader) as
      number | null | undefined) ?? null
  );
}

export function setGroupUndone(db: WorkspaceDb, studyId: number, reader: string, groupId: number, undone: boolean): void {
  db.prepare('UPDATE undo_stack SET undone = ? WHERE study_id = ? AND reader = ? AND group_id = ?').run(
    undone ? 1 : 0,
    studyId,
    reader,
    groupId,
  );
}
