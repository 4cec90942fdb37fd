import type { Database } from 'better-sqlite3';
import { isConditionId, isGradeId, isLevelId, isSeriesRole, locationKey, LOCATIONS, type GradeId } from '../../common/vocabulary';
import type { CoordinateRow, RsnaLabels, SeriesDescriptionRow, TrainRow } from '../rsna/RsnaLabels';

/** Which values an export carries: what was imported, or what is current after corrections. */
export type LabelVariant = 'original' | 'corrected';

/**
 * Reads the labels back out of the store in RSNA shape. Row order follows the imported files
 * (then rows made here, oldest first), so an unedited import exports to the same rows.
 */
export function collectRsnaLabels(db: Database, variant: LabelVariant): Required<RsnaLabels> {
  return {
    train: collectTrain(db, variant),
    coordinates: collectCoordinates(db, variant),
    seriesDescriptions: collectSeriesDescriptions(db),
  };
}

function collectTrain(db: Database, variant: LabelVariant): TrainRow[] {
  const gradeColumn = variant === 'original' ? 'g.imported_grade' : 'g.grade';
  const studyFilter = variant === 'original' ? 's.label_seq IS NOT NULL' : 'EXISTS (SELECT 1 FROM grades x WHERE x.study_id = s.id)';
  const studies = db
    .prepare(`SELECT s.id, s.study_key FROM studies s WHERE ${studyFilter} ORDER BY s.label_seq IS NULL, s.label_seq, s.id`)
    .raw()
    .all() as [number, string][];
  const gradeRows = db
    .prepare(`SELECT g.study_id, g.condition, g.level, ${gradeColumn} FROM grades g ${variant === 'original' ? 'WHERE g.imported = 1' : ''}`)
    .raw()
    .all() as [number, string, string, string | null][];
  const byStudy = new Map<number, Map<string, GradeId | null>>();
  for (const [studyId, condition, level, grade] of gradeRows) {
    let grades = byStudy.get(studyId);
    if (!grades) byStudy.set(studyId, (grades = new Map()));
    grades.set(`${condition}:${level}`, grade !== null && isGradeId(grade) ? grade : null);
  }
  return studies.map(([id, key]) => {
    const stored = byStudy.get(id);
    const grades = new Map<string, GradeId | null>(LOCATIONS.map((l) => [locationKey(l), stored?.get(locationKey(l)) ?? null]));
    return { studyId: key, grades };
  });
}

function collectCoordinates(db: Database, variant: LabelVariant): CoordinateRow[] {
  const sql =
    variant === 'original'
      ? `SELECT st.study_key, se.series_key, p.imported_instance_number, p.condition, p.level, p.imported_x, p.imported_y
         FROM points p JOIN studies st ON st.id = p.study_id JOIN series se ON se.id = p.imported_series_id
         WHERE p.import_seq IS NOT NULL ORDER BY p.import_seq`
      : `SELECT st.study_key, se.series_key, p.instance_number, p.condition, p.level, p.x, p.y
         FROM points p JOIN studies st ON st.id = p.study_id JOIN series se ON se.id = p.series_id
         WHERE p.deleted = 0 ORDER BY p.import_seq IS NULL, p.import_seq, p.id`;
  const rows = db.prepare(sql).raw().all() as [string, string, number, string, string, number, number][];
  const result: CoordinateRow[] = [];
  for (const [studyId, seriesId, instanceNumber, condition, level, x, y] of rows) {
    if (!isConditionId(condition) || !isLevelId(level)) continue;
    result.push({ studyId, seriesId, instanceNumber, condition, level, x, y });
  }
  return result;
}

function collectSeriesDescriptions(db: Database): SeriesDescriptionRow[] {
  const rows = db
    .prepare(
      `SELECT st.study_key, se.series_key, se.role FROM series se JOIN studies st ON st.id = se.study_id
       WHERE se.rsna_seq IS NOT NULL ORDER BY se.rsna_seq`,
    )
    .raw()
    .all() as [string, string, string][];
  const result: SeriesDescriptionRow[] = [];
  for (const [studyId, seriesId, role] of rows) if (isSeriesRole(role)) result.push({ studyId, seriesId, role });
  return result;
}
