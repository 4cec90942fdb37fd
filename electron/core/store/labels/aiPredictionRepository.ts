import type { WorkspaceDb } from '../WorkspaceDb';

/*
 * The reads of `predictions` that label and review actions need (Accept AI, the blinded first
 * read). Predictions belong to store/runs/; these are kept here under names of their own so the
 * two store branches of issue 12 do not edit one file (the integrator may merge duplicates).
 */

/** A cell's three grade probabilities (normal/mild, moderate, severe). */
export interface GradeProbabilities {
  readonly pNormalMild: number;
  readonly pModerate: number;
  readonly pSevere: number;
}

/** The AI's output for one location: its grade probabilities and the point it placed, if any. */
export interface LocationPrediction extends GradeProbabilities {
  readonly seriesId: number | null;
  readonly instanceNumber: number | null;
  readonly x: number | null;
  readonly y: number | null;
}

export interface CellPrediction extends GradeProbabilities {
  readonly condition: string;
  readonly level: string;
}

/** The latest AI run's prediction for one location of a study. */
export function findLatestPrediction(db: WorkspaceDb, studyId: number, condition: string, level: string): LocationPrediction | undefined {
  return db
    .prepare(
      `SELECT p_normal_mild AS pNormalMild, p_moderate AS pModerate, p_severe AS pSevere, series_id AS seriesId, instance_number AS instanceNumber, x, y FROM predictions
       WHERE study_id = ? AND condition = ? AND level = ? ORDER BY run_id DESC LIMIT 1`,
    )
    .get(studyId, condition, level) as LocationPrediction | undefined;
}

/** The newest run that predicted the study, null when none did. */
export function findLatestRunOfStudy(db: WorkspaceDb, studyId: number): number | null {
  return db.prepare('SELECT max(run_id) FROM predictions WHERE study_id = ?').pluck().get(studyId) as number | null;
}

/** One run's predictions for a study, per cell. */
export function listPredictionsOfRun(db: WorkspaceDb, runId: number, studyId: number): CellPrediction[] {
  return db
    .prepare('SELECT condition, level, p_normal_mild AS pNormalMild, p_moderate AS pModerate, p_severe AS pSevere FROM predictions WHERE run_id = ? AND study_id = ?')
    .all(runId, studyId) as CellPrediction[];
}
