import type { ConditionId, GradeId, LevelId } from '../../common/vocabulary';
import { NotFoundError } from '../errors';
import { insertEdit, nextEditGroupId } from '../store/labels/editRepository';
import { findGrade, upsertGrade } from '../store/labels/gradeRepository';
import {
  findPoint,
  insertPoint,
  markPointDeleted,
  updatePointPlacement,
  type PointPlacement,
  type StoredPoint,
} from '../store/labels/pointRepository';
import { seriesIsInStudy } from '../store/studies/seriesRepository';
import { studyExists } from '../store/studies/studyRepository';
import { writeTransaction } from '../store/transaction';
import type { WorkspaceDb } from '../store/WorkspaceDb';

export interface EditMeta {
  readonly reader: string;
  /** What made the change: a reader's own action, accepting the AI, an undo or a redo. */
  readonly source?: 'reader' | 'ai' | 'undo' | 'redo';
  readonly at?: string;
  /** Edits made by one user action share a group (a level shift is ten edits, one undo). */
  readonly groupId?: number;
}

export type PointValue = PointPlacement;

/** The next free edit group id; call inside the transaction that writes the group. */
export function nextEditGroup(db: WorkspaceDb): number {
  return nextEditGroupId(db);
}

export interface EditRow {
  studyId: number;
  entity: 'grade' | 'point' | 'review';
  entityId: number | null;
  condition: string | null;
  level: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

/** Appends one row to the audit (`edits`, append-only). */
export function appendEdit(db: WorkspaceDb, row: EditRow, meta: EditMeta, groupId: number, at: string): void {
  insertEdit(db, { ...row, groupId, reader: meta.reader, source: meta.source ?? 'reader', at });
}

/**
 * Sets (or clears, with null) the current grade of a location and appends the change to the
 * audit, in one transaction. The imported original stays in `imported_grade`.
 */
export function setGrade(
  db: WorkspaceDb,
  studyId: number,
  condition: ConditionId,
  level: LevelId,
  grade: GradeId | null,
  meta: EditMeta,
): void {
  writeTransaction(db, () => {
    assertStudy(db, studyId);
    const at = meta.at ?? new Date().toISOString();
    const groupId = meta.groupId ?? nextEditGroup(db);
    const before = findGrade(db, studyId, condition, level);
    if (before === grade) return;
    upsertGrade(db, { studyId, condition, level, grade, source: editSource(meta), reader: meta.reader, at });
    appendEdit(
      db,
      { studyId, entity: 'grade', entityId: null, condition, level, action: 'set_grade', before, after: grade },
      meta,
      groupId,
      at,
    );
  });
}

/** Moves a point (to another slice too) and records before/after. */
export function movePoint(db: WorkspaceDb, pointId: number, to: PointValue, meta: EditMeta): void {
  writePointValue(db, pointId, to, meta, 'move_point');
}

/** Places a new point for a location; returns its id. */
export function addPoint(
  db: WorkspaceDb,
  studyId: number,
  condition: ConditionId,
  level: LevelId,
  value: PointValue,
  meta: EditMeta,
): number {
  return writeTransaction(db, () => {
    assertStudy(db, studyId);
    assertSeriesOfStudy(db, value.seriesId, studyId);
    const at = meta.at ?? new Date().toISOString();
    const groupId = meta.groupId ?? nextEditGroup(db);
    const id = insertPoint(db, { studyId, condition, level, ...placementOf(value), source: editSource(meta), reader: meta.reader, at });
    appendEdit(
      db,
      { studyId, entity: 'point', entityId: id, condition, level, action: 'add_point', before: null, after: value },
      meta,
      groupId,
      at,
    );
    return id;
  });
}

/** Deletes a point (a flag: the row and its imported original stay for the audit and the original export). */
export function deletePoint(db: WorkspaceDb, pointId: number, meta: EditMeta): void {
  writeTransaction(db, () => {
    const at = meta.at ?? new Date().toISOString();
    const groupId = meta.groupId ?? nextEditGroup(db);
    const before = pointRow(db, pointId);
    if (before.deleted) return;
    markPointDeleted(db, pointId, meta.reader, at);
    appendEdit(
      db,
      {
        studyId: before.studyId,
        entity: 'point',
        entityId: pointId,
        condition: before.condition,
        level: before.level,
        action: 'delete_point',
        before: placementOf(before),
        after: null,
      },
      meta,
      groupId,
      at,
    );
  });
}

/**
 * Brings a deleted point back with the given value (the inverse of deletePoint, used by undo and
 * redo): its row, import link and id stay, so history and the original export are unbroken.
 */
export function restorePoint(db: WorkspaceDb, pointId: number, value: PointValue, meta: EditMeta): void {
  writePointValue(db, pointId, value, meta, 'restore_point');
}

/**
 * Gives an existing point row a new value (undeleting it) and audits it: a move records the old
 * value, a restore of a deleted point records none (there was no point before).
 */
function writePointValue(
  db: WorkspaceDb,
  pointId: number,
  value: PointValue,
  meta: EditMeta,
  action: 'move_point' | 'restore_point',
): void {
  writeTransaction(db, () => {
    const at = meta.at ?? new Date().toISOString();
    const groupId = meta.groupId ?? nextEditGroup(db);
    const before = pointRow(db, pointId);
    assertSeriesOfStudy(db, value.seriesId, before.studyId);
    updatePointPlacement(db, pointId, value, editSource(meta), meta.reader, at);
    const previous = action === 'restore_point' && before.deleted ? null : placementOf(before);
    appendEdit(
      db,
      {
        studyId: before.studyId,
        entity: 'point',
        entityId: pointId,
        condition: before.condition,
        level: before.level,
        action,
        before: previous,
        after: value,
      },
      meta,
      groupId,
      at,
    );
  });
}

/** The source a grade or point row records: an accepted AI value, else the reader's (undo and redo included). */
function editSource(meta: EditMeta): 'reader' | 'ai' {
  return meta.source === 'ai' ? 'ai' : 'reader';
}

function pointRow(db: WorkspaceDb, pointId: number): StoredPoint {
  const row = findPoint(db, pointId);
  if (!row) throw new NotFoundError(`point ${pointId} not found`);
  return row;
}

/** Just the placement, in the audit's key order (seriesId, instanceNumber, x, y). */
function placementOf(point: PointPlacement): PointValue {
  return { seriesId: point.seriesId, instanceNumber: point.instanceNumber, x: point.x, y: point.y };
}

function assertStudy(db: WorkspaceDb, studyId: number): void {
  if (!studyExists(db, studyId)) throw new NotFoundError(`study ${studyId} not found`);
}

function assertSeriesOfStudy(db: WorkspaceDb, seriesId: number, studyId: number): void {
  if (!seriesIsInStudy(db, seriesId, studyId)) {
    throw new NotFoundError(`series ${seriesId} is not part of study ${studyId}`);
  }
}
