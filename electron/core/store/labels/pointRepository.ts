import type { LabelSource, PointInfo } from '../../../common/contract';
import { asSeriesId, asStudyId, type SeriesId, type StudyId } from '../../../common/ids';
import { isConditionId, isLevelId } from '../../../common/vocabulary';
import type { WorkspaceDb } from '../WorkspaceDb';

/** Where a point sits: a series, an instance (slice) of it, and pixel coordinates on that slice. */
export interface PointPlacement {
  readonly seriesId: number;
  readonly instanceNumber: number;
  readonly x: number;
  readonly y: number;
}

/** A row of `points`: a location's point with its current placement. */
export interface StoredPoint extends PointPlacement {
  readonly studyId: StudyId;
  readonly seriesId: SeriesId;
  readonly condition: string;
  readonly level: string;
  /** Deleted points keep their row (and imported original) for the audit and the original export. */
  readonly deleted: boolean;
}

export interface LivePoint extends PointPlacement {
  readonly id: number;
  readonly seriesId: SeriesId;
  readonly condition: string;
  readonly level: string;
}

export interface NewPoint extends PointPlacement {
  readonly studyId: number;
  readonly condition: string;
  readonly level: string;
  readonly source: 'reader' | 'ai';
  readonly reader: string;
  readonly at: string;
}

/** The study a point belongs to, undefined when there is no such point. */
export function findStudyOfPoint(db: WorkspaceDb, pointId: number): number | undefined {
  return db.prepare('SELECT study_id FROM points WHERE id = ?').pluck().get(pointId) as number | undefined;
}

export function findPoint(db: WorkspaceDb, pointId: number): StoredPoint | undefined {
  const row = db
    .prepare('SELECT study_id, condition, level, series_id, instance_number, x, y, deleted FROM points WHERE id = ?')
    .get(pointId) as
    | {
        study_id: number;
        condition: string;
        level: string;
        series_id: number;
        instance_number: number;
        x: number;
        y: number;
        deleted: number;
      }
    | undefined;
  if (!row) return undefined;
  return {
    studyId: asStudyId(row.study_id),
    condition: row.condition,
    level: row.level,
    seriesId: asSeriesId(row.series_id),
    instanceNumber: row.instance_number,
    x: row.x,
    y: row.y,
    deleted: row.deleted === 1,
  };
}

export function isPointDeleted(db: WorkspaceDb, pointId: number): boolean {
  return db.prepare('SELECT deleted FROM points WHERE id = ?').pluck().get(pointId) === 1;
}

/** The location's oldest point not deleted, if any. */
export function findFirstLivePoint(db: WorkspaceDb, studyId: number, condition: string, level: string): LivePoint | undefined {
  return db
    .prepare(
      `SELECT id, condition, level, series_id AS seriesId, instance_number AS instanceNumber, x, y FROM points
       WHERE study_id = ? AND condition = ? AND level = ? AND deleted = 0 ORDER BY id LIMIT 1`,
    )
    .get(studyId, condition, level) as LivePoint | undefined;
}

/** The points not deleted on one series of a study, oldest first. */
export function listLivePointsOfSeries(db: WorkspaceDb, studyId: number, seriesId: number): LivePoint[] {
  return db
    .prepare(
      `SELECT id, condition, level, series_id AS seriesId, instance_number AS instanceNumber, x, y FROM points
       WHERE study_id = ? AND series_id = ? AND deleted = 0 ORDER BY id`,
    )
    .all(studyId, seriesId) as LivePoint[];
}

/** The study's points not deleted, in creation order, with their series key (the viewer and the review panel read them). */
export function listPointsOfStudy(db: WorkspaceDb, studyId: number): PointInfo[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.condition, p.level, p.series_id, se.series_key, p.instance_number, p.x, p.y, p.import_seq, p.source, p.updated_by, p.updated_at
       FROM points p JOIN series se ON se.id = p.series_id WHERE p.study_id = ? AND p.deleted = 0 ORDER BY p.id`,
    )
    .all(studyId) as {
    id: number;
    condition: string;
    level: string;
    series_id: number;
    series_key: string;
    instance_number: number;
    x: number;
    y: number;
    import_seq: number | null;
    source: string;
    updated_by: string | null;
    updated_at: string | null;
  }[];
  const points: PointInfo[] = [];
  for (const r of rows) {
    if (!isConditionId(r.condition) || !isLevelId(r.level)) continue;
    points.push({
      id: r.id,
      condition: r.condition,
      level: r.level,
      seriesId: asSeriesId(r.series_id),
      seriesKey: r.series_key,
      instanceNumber: r.instance_number,
      x: r.x,
      y: r.y,
      imported: r.import_seq !== null,
      source: r.source as LabelSource,
      updatedBy: r.updated_by,
      updatedAt: r.updated_at,
    });
  }
  return points;
}

/** Places a new point; returns its id. */
export function insertPoint(db: WorkspaceDb, point: NewPoint): number {
  return Number(
    db
      .prepare(
        `INSERT INTO points (study_id, condition, level, series_id, instance_number, x, y, source, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        point.studyId,
        point.condition,
        point.level,
        point.seriesId,
        point.instanceNumber,
        point.x,
        point.y,
        point.source,
        point.reader,
        point.at,
      ).lastInsertRowid,
  );
}

/** Flags a point deleted (the row stays). */
export function markPointDeleted(db: WorkspaceDb, pointId: number, reader: string, at: string): void {
  db.prepare('UPDATE points SET deleted = 1, updated_by = ?, updated_at = ? WHERE id = ?').run(reader, at, pointId);
}

/** Gives an existing point row a new placement, undeleting it. */
export function updatePointPlacement(
  db: WorkspaceDb,
  pointId: number,
  placement: PointPlacement,
  source: 'reader' | 'ai',
  reader: string,
  at: string,
): void {
  db.prepare(
    'UPDATE points SET series_id = ?, instance_number = ?, x = ?, y = ?, deleted = 0, source = ?, updated_by = ?, updated_at = ? WHERE id = ?',
  ).run(placement.seriesId, placement.instanceNumber, placement.x, placement.y, source, reader, at, pointId);
}
