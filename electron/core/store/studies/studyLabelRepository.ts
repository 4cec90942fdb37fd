import type { GradeCell, LabelSource, PointInfo } from '../../../common/contract';
import { asSeriesId } from '../../../common/ids';
import { isConditionId, isGradeId, isLevelId } from '../../../common/vocabulary';
import type { WorkspaceDb } from '../WorkspaceDb';

/**
 * The label reads of a study's detail (the viewer and the review panel): its grade cells, its
 * current points and its review. Writes of these tables belong to store/labels and store/reviews.
 */

export function listGradeCellsOfStudy(db: WorkspaceDb, studyId: number): GradeCell[] {
  const rows = db
    .prepare('SELECT condition, level, grade, imported, imported_grade, source, updated_by, updated_at FROM grades WHERE study_id = ?')
    .all(studyId) as { condition: string; level: string; grade: string | null; imported: number; imported_grade: string | null; source: string; updated_by: string | null; updated_at: string | null }[];
  const cells: GradeCell[] = [];
  for (const r of rows) {
    if (!isConditionId(r.condition) || !isLevelId(r.level)) continue;
    cells.push({
      condition: r.condition,
      level: r.level,
      grade: r.grade !== null && isGradeId(r.grade) ? r.grade : null,
      imported: r.imported === 1,
      importedGrade: r.imported_grade !== null && isGradeId(r.imported_grade) ? r.imported_grade : null,
      source: r.source as LabelSource,
      updatedBy: r.updated_by,
      updatedAt: r.updated_at,
    });
  }
  return cells;
}

/** The study's points not deleted, in creation order, with their series key. */
export function listPointsOfStudy(db: WorkspaceDb, studyId: number): PointInfo[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.condition, p.level, p.series_id, se.series_key, p.instance_number, p.x, p.y, p.import_seq, p.source, p.updated_by, p.updated_at
       FROM points p JOIN series se ON se.id = p.series_id WHERE p.study_id = ? AND p.deleted = 0 ORDER BY p.id`,
    )
    .all(studyId) as { id: number; condition: string; level: string; series_id: number; series_key: string; instance_number: number; x: number; y: number; import_seq: number | null; source: string; updated_by: string | null; updated_at: string | null }[];
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

/** The study's review status and its reader; undefined when it has none. */
export function findStudyReview(db: WorkspaceDb, studyId: number): { status: string; reader: string | null } | undefined {
  return db.prepare('SELECT status, reader FROM reviews WHERE study_id = ?').get(studyId) as { status: string; reader: string | null } | undefined;
}
