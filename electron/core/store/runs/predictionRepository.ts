import type { PredictionCell } from '../../../common/contract';
import { asRunId, asSeriesId, asStudyId, type RunId, type SeriesId, type StudyId } from '../../../common/ids';
import { isConditionId, isLevelId, type GradeProbabilities } from '../../../common/vocabulary';
import type { WorkspaceDb } from '../WorkspaceDb';

/** The run's answers on one study, as the viewer shows them. */
export function listPredictionCells(db: WorkspaceDb, studyId: number, runId: number): PredictionCell[] {
  const rows = db
    .prepare(
      `SELECT condition, level, p_normal_mild, p_moderate, p_severe, series_id, instance_number, x, y, confidence, source
       FROM predictions WHERE run_id = ? AND study_id = ?`,
    )
    .all(runId, studyId) as (AnswerRow & { condition: string; level: string; confidence: number | null; source: string })[];
  const cells: PredictionCell[] = [];
  for (const r of rows) {
    if (!isConditionId(r.condition) || !isLevelId(r.level)) continue;
    cells.push({ condition: r.condition, level: r.level, ...locationAnswerOf(r), confidence: r.confidence, source: r.source });
  }
  return cells;
}

/** The answer for one location: its three probabilities and the point it placed, if any. */
export interface LocationAnswer {
  readonly probabilities: GradeProbabilities;
  readonly seriesId: SeriesId | null;
  readonly instanceNumber: number | null;
  readonly x: number | null;
  readonly y: number | null;
}

/** The columns of `predictions` that make a LocationAnswer. */
interface AnswerRow {
  p_normal_mild: number;
  p_moderate: number;
  p_severe: number;
  series_id: number | null;
  instance_number: number | null;
  x: number | null;
  y: number | null;
}

function locationAnswerOf(row: AnswerRow): LocationAnswer {
  return {
    probabilities: [row.p_normal_mild, row.p_moderate, row.p_severe],
    seriesId: row.series_id === null ? null : asSeriesId(row.series_id),
    instanceNumber: row.instance_number,
    x: row.x,
    y: row.y,
  };
}

/** The answer of the latest run that answered this location of the study (Accept AI takes it); undefined when none did. */
export function findLatestPrediction(db: WorkspaceDb, studyId: number, condition: string, level: string): LocationAnswer | undefined {
  const row = db
    .prepare(
      `SELECT p_normal_mild, p_moderate, p_severe, series_id, instance_number, x, y FROM predictions
       WHERE study_id = ? AND condition = ? AND level = ? ORDER BY run_id DESC LIMIT 1`,
    )
    .get(studyId, condition, level) as AnswerRow | undefined;
  return row && locationAnswerOf(row);
}

/** One answer of a run: where (condition and level as stored, unchecked) and its three probabilities. */
export interface PredictionProbabilities {
  readonly condition: string;
  readonly level: string;
  readonly probabilities: GradeProbabilities;
}

/** A lookup of a run's answers on one study, its statement prepared once for many studies. */
export function studyPredictionLookup(db: WorkspaceDb): (runId: number, studyId: number) => PredictionProbabilities[] {
  const statement = db.prepare(
    'SELECT condition, level, p_normal_mild, p_moderate, p_severe FROM predictions WHERE run_id = ? AND study_id = ?',
  );
  return (runId, studyId) =>
    (
      statement.all(runId, studyId) as { condition: string; level: string; p_normal_mild: number; p_moderate: number; p_severe: number }[]
    ).map((r) => ({
      condition: r.condition,
      level: r.level,
      probabilities: [r.p_normal_mild, r.p_moderate, r.p_severe],
    }));
}

/** A run's answer with the key of its study. */
export interface KeyedPrediction extends PredictionProbabilities {
  readonly studyKey: string;
}

/** Every answer of a run, with its study's key. */
export function listRunPredictions(db: WorkspaceDb, runId: number): KeyedPrediction[] {
  const rows = db
    .prepare(
      'SELECT s.study_key, p.condition, p.level, p.p_normal_mild, p.p_moderate, p.p_severe FROM predictions p JOIN studies s ON s.id = p.study_id WHERE p.run_id = ?',
    )
    .raw()
    .all(runId) as [string, string, string, number, number, number][];
  return rows.map(([studyKey, condition, level, n, m, s]) => ({ studyKey, condition, level, probabilities: [n, m, s] }));
}

/** An answer of one of two compared runs beside the cell's current label. */
export interface ComparedPrediction extends KeyedPrediction {
  readonly runId: RunId;
  readonly studyId: StudyId;
  readonly source: string;
  /** The cell's current grade (grades.grade), null when unlabelled. */
  readonly grade: string | null;
}

/** The answers of two runs (on `studyIds` only, when given) with the current labels, in study key order. */
export function listComparedPredictions(
  db: WorkspaceDb,
  firstRunId: number,
  secondRunId: number,
  studyIds?: readonly number[],
): ComparedPrediction[] {
  const studyFilter = studyIds ? `AND p.study_id IN (${studyIds.map(() => '?').join(',') || 'NULL'})` : '';
  const rows = db
    .prepare(
      `SELECT p.run_id, p.study_id, s.study_key, p.condition, p.level, p.p_normal_mild, p.p_moderate, p.p_severe, p.source, g.grade
       FROM predictions p JOIN studies s ON s.id = p.study_id
       LEFT JOIN grades g ON g.study_id = p.study_id AND g.condition = p.condition AND g.level = p.level
       WHERE p.run_id IN (?, ?) ${studyFilter} ORDER BY s.study_key, p.study_id`,
    )
    .all(firstRunId, secondRunId, ...(studyIds ?? [])) as {
    run_id: number;
    study_id: number;
    study_key: string;
    condition: string;
    level: string;
    p_normal_mild: number;
    p_moderate: number;
    p_severe: number;
    source: string;
    grade: string | null;
  }[];
  return rows.map((r) => ({
    runId: asRunId(r.run_id),
    studyId: asStudyId(r.study_id),
    studyKey: r.study_key,
    condition: r.condition,
    level: r.level,
    probabilities: [r.p_normal_mild, r.p_moderate, r.p_severe],
    source: r.source,
    grade: r.grade,
  }));
}

/** The run's answers on the cells that have a current grade, with that grade. */
export function listGradedPredictions(
  db: WorkspaceDb,
  runId: number,
): { condition: string; grade: string; probabilities: GradeProbabilities }[] {
  const rows = db
    .prepare(
      `SELECT p.condition, g.grade, p.p_normal_mild, p.p_moderate, p.p_severe FROM predictions p
       JOIN grades g ON g.study_id = p.study_id AND g.condition = p.condition AND g.level = p.level
       WHERE p.run_id = ? AND g.grade IS NOT NULL`,
    )
    .all(runId) as { condition: string; grade: string; p_normal_mild: number; p_moderate: number; p_severe: number }[];
  return rows.map((r) => ({ condition: r.condition, grade: r.grade, probabilities: [r.p_normal_mild, r.p_moderate, r.p_severe] }));
}

/** A current labelled point beside the run's answer for its location. */
export interface PointAgainstPrediction {
  readonly studyId: StudyId;
  readonly studyKey: string;
  readonly condition: string;
  readonly level: string;
  readonly seriesId: SeriesId;
  readonly instanceNumber: number;
  readonly x: number;
  readonly y: number;
  /** The answer's source: 'model' when located, else a prior. */
  readonly source: string;
  readonly predictedSeriesId: SeriesId | null;
  readonly predictedInstanceNumber: number | null;
  readonly predictedX: number | null;
  readonly predictedY: number | null;
}

/**
 * Every current labelled point (not deleted) of the studies the run answered, with the run's
 * answer for the same location; by study key, condition, level, then point id.
 */
export function listPointsAgainstPredictions(db: WorkspaceDb, runId: number): PointAgainstPrediction[] {
  const rows = db
    .prepare(
      `SELECT s.id AS study_id, s.study_key, p.condition, p.level, p.series_id, p.instance_number, p.x, p.y,
         pr.source, pr.series_id AS pr_series, pr.instance_number AS pr_instance, pr.x AS pr_x, pr.y AS pr_y
       FROM points p JOIN studies s ON s.id = p.study_id
       JOIN predictions pr ON pr.run_id = ? AND pr.study_id = p.study_id AND pr.condition = p.condition AND pr.level = p.level
       WHERE p.deleted = 0 ORDER BY s.study_key, p.condition, p.level, p.id`,
    )
    .all(runId) as {
    study_id: number;
    study_key: string;
    condition: string;
    level: string;
    series_id: number;
    instance_number: number;
    x: number;
    y: number;
    source: string;
    pr_series: number | null;
    pr_instance: number | null;
    pr_x: number | null;
    pr_y: number | null;
  }[];
  return rows.map((r) => ({
    studyId: asStudyId(r.study_id),
    studyKey: r.study_key,
    condition: r.condition,
    level: r.level,
    seriesId: asSeriesId(r.series_id),
    instanceNumber: r.instance_number,
    x: r.x,
    y: r.y,
    source: r.source,
    predictedSeriesId: r.pr_series === null ? null : asSeriesId(r.pr_series),
    predictedInstanceNumber: r.pr_instance,
    predictedX: r.pr_x,
    predictedY: r.pr_y,
  }));
}
