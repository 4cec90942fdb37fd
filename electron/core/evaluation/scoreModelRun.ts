import type { Database } from 'better-sqlite3';
import { isGradeId, LOCATIONS } from '../../common/vocabulary';
import { rowIdOf, rsnaScore, type RsnaScore, type SolutionRow, type SubmissionRow } from './rsnaMetric';

/** The metric of a model run against the workspace's current labels. */
export interface RunScore extends RsnaScore {
  readonly runId: number;
  /** Studies both predicted by the run and labelled. */
  readonly studies: number;
  readonly labelledCells: number;
}

/**
 * Scores a model run (rsnaScore) on the studies it predicted, against the current grades of the
 * store (reader corrections included); unlabelled cells are not scored. Every predicted study has
 * all 25 answers (priors included), so no solution row lacks its submission row.
 */
export function scoreModelRun(db: Database, runId: number): RunScore {
  if (!db.prepare('SELECT 1 FROM model_runs WHERE id = ?').get(runId)) throw new Error(`no model run ${runId}`);
  const predictions = db
    .prepare(
      `SELECT s.study_key, p.condition, p.level, p.p_normal_mild, p.p_moderate, p.p_severe
       FROM predictions p JOIN studies s ON s.id = p.study_id WHERE p.run_id = ?`,
    )
    .all(runId) as { study_key: string; condition: string; level: string; p_normal_mild: number; p_moderate: number; p_severe: number }[];
  const grades = db
    .prepare(
      `SELECT s.study_key, g.condition, g.level, g.grade FROM grades g JOIN studies s ON s.id = g.study_id
       WHERE g.grade IS NOT NULL AND g.study_id IN (SELECT DISTINCT study_id FROM predictions WHERE run_id = ?)`,
    )
    .all(runId) as { study_key: string; condition: string; level: string; grade: string }[];
  const known = new Set(LOCATIONS.map((l) => `${l.condition}:${l.level}`));
  const submission: SubmissionRow[] = predictions
    .filter((p) => known.has(`${p.condition}:${p.level}`))
    .map((p) => ({ rowId: rowIdOf(p.study_key, { condition: p.condition, level: p.level } as (typeof LOCATIONS)[number]), probabilities: [p.p_normal_mild, p.p_moderate, p.p_severe] }));
  const solution: SolutionRow[] = grades
    .filter((g) => known.has(`${g.condition}:${g.level}`) && isGradeId(g.grade))
    .map((g) => ({ rowId: rowIdOf(g.study_key, { condition: g.condition, level: g.level } as (typeof LOCATIONS)[number]), grade: g.grade as SolutionRow['grade'] }));
  return { runId, studies: new Set(grades.map((g) => g.study_key)).size, labelledCells: solution.length, ...rsnaScore(solution, submission) };
}
