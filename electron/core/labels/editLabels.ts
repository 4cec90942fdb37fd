import type { Database } from 'better-sqlite3';
import type { ConditionId, GradeId, LevelId } from '../../common/vocabulary';
import { NotFoundError } from '../errors';

export interface EditMeta {
  readonly reader: string;
  /** What made the change: a reader's own action, accepting the AI, an undo or a redo. */
  readonly source?: 'reader' | 'ai' | 'undo' | 'redo';
  readonly at?: string;
  /** Edits made by one user action share a group (a level shift is ten edits, one undo). */
  readonly groupId?: number;
}

export interface PointValue {
  readonly seriesId: number;
  readonly instanceNumber: number;
  readonly x: number;
  readonly y: number;
}

/** The next free edit group id; call inside the transaction that writes the group. */
export function nextEditGroup(db: Database): number {
  return (db.prepare('SELECT coalesce(max(group_id), 0) + 1 FROM edits').pluck().get() as number) ?? 1;
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
export function appendEdit(db: Database, row: EditRow, meta: EditMeta, groupId: number, at: string): void {
  db.prepare(
    `INSERT INTO edits (study_id, group_id, entity, entity_id, condition, level, action, before, after, reader, source, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.studyId,
    groupId,
    row.entity,
    row.entityId,
    row.condition,
    row.level,
    row.action,
    JSON.stringify(row.before),
    JSON.stringify(row.after),
    meta.reader,
    meta.source ?? 'reader',
    at,
  );
}

/**
 * Sets (or clears, with null) the current grade of a location and appends the change to the
 * audit, in one transaction. The imported original stays in `imported_grade`.
 */
export function setGrade(db: Database, studyId: number, condition: ConditionId, level: LevelId, grade: GradeId | null, meta: EditMeta): void {
  db.transaction(() => {
    assertStudy(db, studyId);
    const at = meta.at ?? new Date().toISOString();
    const groupId = meta.groupId ?? nextEditGroup(db);
    const before = db.prepare('SELECT grade FROM grades WHERE study_id = ? AND condition = ? AND level = ?').pluck().get(studyId, condition, level) as
      | string
      | null
      | undefined;
    if ((before ?? null) === grade) return;
    const source = meta.source === 'ai' ? 'ai' : 'reader';
    db.prepare(
      `INSERT INTO grades (study_id, condition, level, grade, source, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (study_id, condition, level) DO UPDATE SET grade = excluded.grade, source = excluded.source,
         updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    ).run(studyId, condition, level, grade, source, meta.reader, at);
    appendEdit(db, { studyId, entity: 'grade', entityId: null, condition, level, action: 'set_grade', before: before ?? null, after: grade }, meta, groupId, at);
  })();
}

/** Moves a point (to another slice too) and records before/after. */
export function movePoint(db: Database, pointId: number, to: PointValue, meta: EditMeta): void {
  writePointValue(db, pointId, to, meta, 'move_point');
}

/** Places a new point for a location; returns its id. */
export function addPoint(db: Database, studyId: number, condition: ConditionId, level: LevelId, value: PointValue, meta: EditMeta): number {
  return db.transaction(() => {
    assertStudy(db, studyId);
    assertSeriesOfStudy(db, value.seriesId, studyId);
    const at = meta.at ?? new Date().toISOString();
    const groupId = meta.groupId ?? nextEditGroup(db);
    const id = Number(
      db
        .prepare(
          `INSERT INTO points (study_id, condition, level, series_id, instance_number, x, y, source, updated_by, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(studyId, condition, level, value.seriesId, value.instanceNumber, value.x, value.y, meta.source === 'ai' ? 'ai' : 'reader', meta.reader, at).lastInsertRowid,
    );
    appendEdit(db, { studyId, entity: 'point', entityId: id, condition, level, action: 'add_point', before: null, after: value }, meta, groupId, at);
    return id;
  })();
}

/** Deletes a point (a flag: the row and its imported original stay for the audit and the original export). */
export function deletePoint(db: Database, pointId: number, meta: EditMeta): void {
  db.transaction(() => {
    const at = meta.at ?? new Date().toISOString();
    const groupId = meta.groupId ?? nextEditGroup(db);
    const before = pointRow(db, pointId);
    if (before.deleted === 1) return;
    db.prepare('UPDATE points SET deleted = 1, updated_by = ?, updated_at = ? WHERE id = ?').run(meta.reader, at, pointId);
    appendEdit(
      db,
      { studyId: before.study_id, entity: 'point', entityId: pointId, condition: before.condition, level: before.level, action: 'delete_point', before: valueOf(before), after: null },
      meta,
      groupId,
      at,
    );
  })();
}

/**
 * Brings a deleted point back with the given value (the inverse of deletePoint, used by undo and
 * redo): its row, import link and id stay, so history and the original export are unbroken.
 */
export function restorePoint(db: Database, pointId: number, value: PointValue, meta: EditMeta): void {
  writePointValue(db, pointId, value, meta, 'restore_point');
}

/**
 * Gives an existing point row a new value (undeleting it) and audits it: a move records the old
 * value, a restore of a deleted point records none (there was no point before).
 */
function writePointValue(db: Database, pointId: number, value: PointValue, meta: EditMeta, action: 'move_point' | 'restore_point'): void {
  db.transaction(() => {
    const at = meta.at ?? new Date().toISOString();
    const groupId = meta.groupId ?? nextEditGroup(db);
    const before = pointRow(db, pointId);
    assertSeriesOfStudy(db, value.seriesId, before.study_id);
    db.prepare('UPDATE points SET series_id = ?, instance_number = ?, x = ?, y = ?, deleted = 0, source = ?, updated_by = ?, updated_at = ? WHERE id = ?').run(
      value.seriesId,
      value.instanceNumber,
      value.x,
      value.y,
      meta.source === 'ai' ? 'ai' : 'reader',
      meta.reader,
      at,
      pointId,
    );
    const previous = action === 'restore_point' && before.deleted === 1 ? null : valueOf(before);
    appendEdit(
      db,
      { studyId: before.study_id, entity: 'point', entityId: pointId, condition: before.condition, level: before.level, action, before: previous, after: value },
      meta,
      groupId,
      at,
    );
  })();
}

interface PointRow {
  study_id: number;
  condition: string;
  level: string;
  series_id: number;
  instance_number: number;
  x: number;
  y: number;
  deleted: number;
}

function pointRow(db: Database, pointId: number): PointRow {
  const row = db.prepare('SELECT study_id, condition, level, series_id, instance_number, x, y, deleted FROM points WHERE id = ?').get(pointId) as PointRow | undefined;
  if (!row) throw new NotFoundError(`point ${pointId} not found`);
  return row;
}

function valueOf(row: PointRow): PointValue {
  return { seriesId: row.series_id, instanceNumber: row.instance_number, x: row.x, y: row.y };
}

function assertStudy(db: Database, studyId: number): void {
  if (!db.prepare('SELECT 1 FROM studies WHERE id = ?').get(studyId)) throw new NotFoundError(`study ${studyId} not found`);
}

function assertSeriesOfStudy(db: Database, seriesId: number, studyId: number): void {
  if (!db.prepare('SELECT 1 FROM series WHERE id = ? AND study_id = ?').get(seriesId, studyId)) {
    throw new NotFoundError(`series ${seriesId} is not part of study ${studyId}`);
  }
}
