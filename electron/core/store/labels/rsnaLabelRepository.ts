import type { StudyId } from '../../../common/ids';
import type { WorkspaceDb } from '../WorkspaceDb';

/*
 * The label reads of the RSNA export (labels/collectRsnaLabels.ts), each as imported ("original":
 * the imported_* columns, rows in import order) or as now ("current": after corrections). Row
 * order follows the imported files, then rows made here, oldest first, so an unedited import
 * exports to the same rows.
 */

export interface LabelledStudy {
  readonly id: StudyId;
  readonly studyKey: string;
}

export interface GradeCellOfStudy {
  readonly studyId: StudyId;
  readonly condition: string;
  readonly level: string;
  readonly grade: string | null;
}

export interface PointByKeys {
  readonly studyKey: string;
  readonly seriesKey: string;
  readonly instanceNumber: number;
  readonly condition: string;
  readonly level: string;
  readonly x: number;
  readonly y: number;
}

export interface SeriesRoleByKeys {
  readonly studyKey: string;
  readonly seriesKey: string;
  readonly role: string;
}

/** Studies that came with imported labels, in import order. */
export function listStudiesWithImportedLabels(db: WorkspaceDb): LabelledStudy[] {
  return db
    .prepare(
      'SELECT s.id, s.study_key AS studyKey FROM studies s WHERE s.label_seq IS NOT NULL ORDER BY s.label_seq IS NULL, s.label_seq, s.id',
    )
    .all() as LabelledStudy[];
}

/** Studies with any grade row, imported ones first in import order. */
export function listStudiesWithGrades(db: WorkspaceDb): LabelledStudy[] {
  return db
    .prepare(
      'SELECT s.id, s.study_key AS studyKey FROM studies s WHERE EXISTS (SELECT 1 FROM grades x WHERE x.study_id = s.id) ORDER BY s.label_seq IS NULL, s.label_seq, s.id',
    )
    .all() as LabelledStudy[];
}

/** The imported grade of every imported cell. */
export function listImportedGrades(db: WorkspaceDb): GradeCellOfStudy[] {
  return db
    .prepare('SELECT g.study_id AS studyId, g.condition, g.level, g.imported_grade AS grade FROM grades g WHERE g.imported = 1')
    .all() as GradeCellOfStudy[];
}

/** The current grade of every cell with a row. */
export function listCurrentGrades(db: WorkspaceDb): GradeCellOfStudy[] {
  return db.prepare('SELECT g.study_id AS studyId, g.condition, g.level, g.grade FROM grades g').all() as GradeCellOfStudy[];
}

/** Every imported point with its imported placement, in import order. */
export function listImportedPointsByKeys(db: WorkspaceDb): PointByKeys[] {
  return db
    .prepare(
      `SELECT st.study_key AS studyKey, se.series_key AS seriesKey, p.imported_instance_number AS instanceNumber, p.condition, p.level, p.imported_x AS x, p.imported_y AS y
       FROM points p JOIN studies st ON st.id = p.study_id JOIN series se ON se.id = p.imported_series_id
       WHERE p.import_seq IS NOT NULL ORDER BY p.import_seq`,
    )
    .all() as PointByKeys[];
}

/** Every point not deleted with its current placement: imported ones in import order, then the rest oldest first. */
export function listCurrentPointsByKeys(db: WorkspaceDb): PointByKeys[] {
  return db
    .prepare(
      `SELECT st.study_key AS studyKey, se.series_key AS seriesKey, p.instance_number AS instanceNumber, p.condition, p.level, p.x, p.y
       FROM points p JOIN studies st ON st.id = p.study_id JOIN series se ON se.id = p.series_id
       WHERE p.deleted = 0 ORDER BY p.import_seq IS NULL, p.import_seq, p.id`,
    )
    .all() as PointByKeys[];
}

/** The series described by an imported train_series_descriptions.csv, in import order. */
export function listImportedSeriesRoles(db: WorkspaceDb): SeriesRoleByKeys[] {
  return db
    .prepare(
      `SELECT st.study_key AS studyKey, se.series_key AS seriesKey, se.role FROM series se JOIN studies st ON st.id = se.study_id
       WHERE se.rsna_seq IS NOT NULL ORDER BY se.rsna_seq`,
    )
    .all() as SeriesRoleByKeys[];
}
