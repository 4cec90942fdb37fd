import type { SeriesId, StudyId } from '../../../common/ids';
import type { WorkspaceDb } from '../WorkspaceDb';

/*
 * The reads of a training export's label snapshot (training/export/readLabelSnapshot.ts): the
 * current labels, grades as corrected and points not deleted, in study-key order.
 */

export interface CurrentGrade {
  readonly studyId: StudyId;
  readonly studyKey: string;
  readonly condition: string;
  readonly level: string;
  readonly grade: string;
}

export interface CurrentPoint {
  readonly studyId: StudyId;
  readonly seriesId: SeriesId;
  readonly seriesKey: string;
  readonly instanceNumber: number;
  readonly condition: string;
  readonly level: string;
  readonly x: number;
  readonly y: number;
}

/** Every graded cell (grade not null), by study key, condition, level. */
export function listGradedCells(db: WorkspaceDb): CurrentGrade[] {
  return db
    .prepare(
      `SELECT g.study_id AS studyId, s.study_key AS studyKey, g.condition, g.level, g.grade FROM grades g JOIN studies s ON s.id = g.study_id
       WHERE g.grade IS NOT NULL ORDER BY s.study_key, g.condition, g.level`,
    )
    .all() as CurrentGrade[];
}

/** Every point not deleted with its series key, by study key, condition, level, then oldest first. */
export function listLivePoints(db: WorkspaceDb): CurrentPoint[] {
  return db
    .prepare(
      `SELECT p.study_id AS studyId, p.series_id AS seriesId, se.series_key AS seriesKey, p.instance_number AS instanceNumber, p.condition, p.level, p.x, p.y
       FROM points p JOIN series se ON se.id = p.series_id JOIN studies s ON s.id = p.study_id
       WHERE p.deleted = 0 ORDER BY s.study_key, p.condition, p.level, p.id`,
    )
    .all() as CurrentPoint[];
}
