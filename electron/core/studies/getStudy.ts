import type { Database } from 'better-sqlite3';
import type { DetectionBox, GradeCell, InstanceInfo, LabelSource, PointInfo, PredictionCell, SeriesInfo, StudyDetail } from '../../common/contract';
import type { Vec3 } from '../../common/geometry';
import { asRunId, asSeriesId, asStudyId } from '../../common/ids';
import { isConditionId, isGradeId, isLevelId, isSeriesRole } from '../../common/vocabulary';
import { NotFoundError } from '../errors';
import { INSTANCE_GEOMETRY_COLUMNS, type InstanceGeometryRow } from './instanceGeometryRow';
import { studySummaries } from './listStudies';

/** Everything the viewer needs of one study: series with ordered slices and geometry, labels, latest AI run. */
export function getStudy(db: Database, studyId: number): StudyDetail {
  const study = db.prepare('SELECT id, study_key, study_instance_uid, patient_id, study_date FROM studies WHERE id = ?').get(studyId) as
    | { id: number; study_key: string; study_instance_uid: string | null; patient_id: string | null; study_date: string | null }
    | undefined;
  if (!study) throw new NotFoundError(`study ${studyId} not found`);
  const summary = studySummaries(db, studyId)[0];
  const review = db.prepare('SELECT status, reader FROM reviews WHERE study_id = ?').get(studyId) as { status: string; reader: string | null } | undefined;
  const runRow = db
    .prepare(
      `SELECT r.id, r.created_at, r.provider FROM model_runs r
       WHERE r.id = (SELECT max(p.run_id) FROM predictions p WHERE p.study_id = ?)`,
    )
    .get(studyId) as { id: number; created_at: string; provider: string | null } | undefined;
  return {
    id: asStudyId(study.id),
    key: study.study_key,
    studyInstanceUid: study.study_instance_uid,
    patientId: study.patient_id,
    studyDate: study.study_date,
    status: summary?.status ?? 'new',
    reviewedBy: review?.status === 'reviewed' ? review.reader : null,
    series: seriesOf(db, studyId),
    grades: gradesOf(db, studyId),
    points: pointsOf(db, studyId),
    run: runRow ? { id: asRunId(runRow.id), createdAt: runRow.created_at, provider: runRow.provider } : null,
    predictions: runRow ? predictionsOf(db, studyId, runRow.id) : [],
    detections: runRow ? detectionsOf(db, studyId, runRow.id) : [],
  };
}

function seriesOf(db: Database, studyId: number): SeriesInfo[] {
  const series = db
    .prepare(
      `SELECT id, series_key, role, role_source, coalesce(rsna_description, series_description) AS description, orientation
       FROM series WHERE study_id = ? ORDER BY CASE role WHEN 'sag_t1' THEN 0 WHEN 'sag_t2' THEN 1 WHEN 'ax_t2' THEN 2 ELSE 3 END, series_number, id`,
    )
    .all(studyId) as { id: number; series_key: string; role: string | null; role_source: string | null; description: string | null; orientation: string | null }[];
  const instances = db.prepare(
    `SELECT id, instance_number, frames, ${INSTANCE_GEOMETRY_COLUMNS}, slice_thickness, slice_position
     FROM instances WHERE series_id = ? ORDER BY slice_position IS NULL, slice_position, instance_number`,
  );
  return series.map((s) => ({
    id: asSeriesId(s.id),
    key: s.series_key,
    role: s.role !== null && isSeriesRole(s.role) ? s.role : null,
    roleSource: s.role_source,
    description: s.description,
    orientation: s.orientation,
    instances: (instances.all(s.id) as InstanceRow[]).map(toInstance),
  }));
}

interface InstanceRow extends InstanceGeometryRow {
  id: number;
  instance_number: number | null;
  rows: number;
  columns: number;
  frames: number;
  slice_thickness: number | null;
  slice_position: number | null;
}

function vec(x: number | null, y: number | null, z: number | null): Vec3 | null {
  return x === null || y === null || z === null ? null : [x, y, z];
}

function toInstance(r: InstanceRow): InstanceInfo {
  return {
    id: r.id,
    instanceNumber: r.instance_number,
    rows: r.rows,
    columns: r.columns,
    frames: r.frames,
    position: vec(r.ipp_x, r.ipp_y, r.ipp_z),
    rowDirection: vec(r.row_x, r.row_y, r.row_z),
    columnDirection: vec(r.col_x, r.col_y, r.col_z),
    pixelSpacing: r.spacing_row !== null && r.spacing_col !== null ? [r.spacing_row, r.spacing_col] : null,
    sliceThickness: r.slice_thickness,
    slicePosition: r.slice_position,
  };
}

export function gradesOf(db: Database, studyId: number): GradeCell[] {
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

export function pointsOf(db: Database, studyId: number): PointInfo[] {
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

function predictionsOf(db: Database, studyId: number, runId: number): PredictionCell[] {
  const rows = db
    .prepare(
      `SELECT condition, level, p_normal_mild, p_moderate, p_severe, series_id, instance_number, x, y, confidence, source
       FROM predictions WHERE run_id = ? AND study_id = ?`,
    )
    .all(runId, studyId) as { condition: string; level: string; p_normal_mild: number; p_moderate: number; p_severe: number; series_id: number | null; instance_number: number | null; x: number | null; y: number | null; confidence: number | null; source: string }[];
  const cells: PredictionCell[] = [];
  for (const r of rows) {
    if (!isConditionId(r.condition) || !isLevelId(r.level)) continue;
    cells.push({
      condition: r.condition,
      level: r.level,
      probabilities: [r.p_normal_mild, r.p_moderate, r.p_severe],
      seriesId: r.series_id === null ? null : asSeriesId(r.series_id),
      instanceNumber: r.instance_number,
      x: r.x,
      y: r.y,
      confidence: r.confidence,
      source: r.source,
    });
  }
  return cells;
}

/** The AI boxes of a run on the study's instances (the viewer draws those of the slice shown). */
function detectionsOf(db: Database, studyId: number, runId: number): DetectionBox[] {
  const rows = db
    .prepare('SELECT id, instance_id, class_name, condition, level, confidence, x1, y1, x2, y2 FROM detections WHERE study_id = ? AND run_id = ? ORDER BY instance_id, confidence DESC')
    .all(studyId, runId) as { id: number; instance_id: number; class_name: string; condition: string | null; level: string | null; confidence: number; x1: number; y1: number; x2: number; y2: number }[];
  return rows.map((r) => ({
    id: r.id,
    instanceId: r.instance_id,
    className: r.class_name,
    condition: r.condition !== null && isConditionId(r.condition) ? r.condition : null,
    level: r.level !== null && isLevelId(r.level) ? r.level : null,
    confidence: r.confidence,
    x1: r.x1,
    y1: r.y1,
    x2: r.x2,
    y2: r.y2,
  }));
}
