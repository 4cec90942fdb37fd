import { conditionInfo, isConditionId, isGradeId, isLevelId, levelInfo, type GradeId } from '../../common/vocabulary';
import { listEditsOfGroup, type StoredEdit } from '../store/labels/editRepository';
import { isPointDeleted } from '../store/labels/pointRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { deletePoint, movePoint, restorePoint, setGrade, type EditMeta, type PointValue } from './editLabels';

/** The edits of one group, oldest first. */
export function groupEdits(db: WorkspaceDb, groupId: number): StoredEdit[] {
  return listEditsOfGroup(db, groupId);
}

/**
 * Applies one audited edit backwards (undo: back to `before`) or forwards again (redo: to
 * `after`) through the same edit functions as a reader's action, so the reversal is itself
 * audited. Reversing an add is a delete, a delete is a restore, a move is a move back.
 */
export function reverseEdit(db: WorkspaceDb, edit: StoredEdit, direction: 'undo' | 'redo', meta: EditMeta): void {
  const target = direction === 'undo' ? edit.before : edit.after;
  if (edit.entity === 'grade') {
    if (!edit.condition || !edit.level || !isConditionId(edit.condition) || !isLevelId(edit.level))
      throw new Error(`edit ${edit.id}: grade edit without a location`);
    setGrade(db, edit.studyId, edit.condition, edit.level, asGrade(target, edit.id), meta);
    return;
  }
  if (edit.entity !== 'point' || edit.entityId === null) throw new Error(`edit ${edit.id}: ${edit.entity} edits cannot be undone`);
  if (target === null) deletePoint(db, edit.entityId, meta);
  else if (isPointDeleted(db, edit.entityId)) restorePoint(db, edit.entityId, asPoint(target, edit.id), meta);
  else movePoint(db, edit.entityId, asPoint(target, edit.id), meta);
}

function asGrade(value: unknown, editId: number): GradeId | null {
  if (value === null) return null;
  if (typeof value === 'string' && isGradeId(value)) return value;
  throw new Error(`edit ${editId}: ${JSON.stringify(value)} is not a grade`);
}

function asPoint(value: unknown, editId: number): PointValue {
  const v = value as Partial<PointValue> | null;
  if (v && typeof v.seriesId === 'number' && typeof v.instanceNumber === 'number' && typeof v.x === 'number' && typeof v.y === 'number') {
    return { seriesId: v.seriesId, instanceNumber: v.instanceNumber, x: v.x, y: v.y };
  }
  throw new Error(`edit ${editId}: ${JSON.stringify(value)} is not a point`);
}

/** A short name for a group of edits ("grade L-NFN L4/L5", "level shift (10 changes)") for the undo button's tooltip. */
export function describeEditGroup(edits: readonly StoredEdit[]): string {
  const first = edits[0];
  if (!first) return 'nothing';
  const where =
    first.condition && first.level && isConditionId(first.condition) && isLevelId(first.level)
      ? ` ${conditionInfo(first.condition).short} ${levelInfo(first.level).rsnaName}`
      : '';
  if (edits.length === 1) return `${first.action.replace('_', ' ')}${where}`;
  if (first.source === 'ai') return `accept AI${where}`;
  const levels = new Set(edits.map((e) => e.level));
  if (levels.size > 1 && edits.some((e) => e.action === 'add_point')) return `level shift (${edits.length} changes)`;
  return `${edits.length} changes${where}`;
}
