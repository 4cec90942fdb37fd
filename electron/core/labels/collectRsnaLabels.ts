import { isConditionId, isGradeId, isLevelId, isSeriesRole, locationKey, LOCATIONS, type GradeId } from '../../common/vocabulary';
import type { CoordinateRow, RsnaLabels, SeriesDescriptionRow, TrainRow } from '../rsna/RsnaLabels';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import {
  listCurrentGrades,
  listCurrentPointsByKeys,
  listImportedGrades,
  listImportedPointsByKeys,
  listImportedSeriesRoles,
  listStudiesWithGrades,
  listStudiesWithImportedLabels,
} from '../store/labels/rsnaLabelRepository';

/** Which values an export carries: what was imported, or what is current after corrections. */
export type LabelVariant = 'original' | 'corrected';

/**
 * Reads the labels back out of the store in RSNA shape. Row order follows the imported files
 * (then rows made here, oldest first), so an unedited import exports to the same rows.
 */
export function collectRsnaLabels(db: WorkspaceDb, variant: LabelVariant): Required<RsnaLabels> {
  return {
    train: collectTrain(db, variant),
    coordinates: collectCoordinates(db, variant),
    seriesDescriptions: collectSeriesDescriptions(db),
  };
}

function collectTrain(db: WorkspaceDb, variant: LabelVariant): TrainRow[] {
  const studies = variant === 'original' ? listStudiesWithImportedLabels(db) : listStudiesWithGrades(db);
  const gradeRows = variant === 'original' ? listImportedGrades(db) : listCurrentGrades(db);
  const byStudy = new Map<number, Map<string, GradeId | null>>();
  for (const { studyId, condition, level, grade } of gradeRows) {
    let grades = byStudy.get(studyId);
    if (!grades) byStudy.set(studyId, (grades = new Map()));
    grades.set(`${condition}:${level}`, grade !== null && isGradeId(grade) ? grade : null);
  }
  return studies.map(({ id, studyKey }) => {
    const stored = byStudy.get(id);
    const grades = new Map<string, GradeId | null>(LOCATIONS.map((l) => [locationKey(l), stored?.get(locationKey(l)) ?? null]));
    return { studyId: studyKey, grades };
  });
}

function collectCoordinates(db: WorkspaceDb, variant: LabelVariant): CoordinateRow[] {
  const rows = variant === 'original' ? listImportedPointsByKeys(db) : listCurrentPointsByKeys(db);
  const result: CoordinateRow[] = [];
  for (const { studyKey, seriesKey, instanceNumber, condition, level, x, y } of rows) {
    if (!isConditionId(condition) || !isLevelId(level)) continue;
    result.push({ studyId: studyKey, seriesId: seriesKey, instanceNumber, condition, level, x, y });
  }
  return result;
}

function collectSeriesDescriptions(db: WorkspaceDb): SeriesDescriptionRow[] {
  const result: SeriesDescriptionRow[] = [];
  for (const { studyKey, seriesKey, role } of listImportedSeriesRoles(db))
    if (isSeriesRole(role)) result.push({ studyId: studyKey, seriesId: seriesKey, role });
  return result;
}
