import { isGradeId, LOCATIONS } from '../../common/vocabulary';
import { listGradesOfRunStudies } from '../store/labels/gradeRepository';
import { modelRunExists } from '../store/runs/modelRunRepository';
import { listRunPredictions } from '../store/runs/predictionRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
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
export function scoreModelRun(db: WorkspaceDb, runId: number): RunScore {
  if (!modelRunExists(db, runId)) throw new Error(`no model run ${runId}`);
  const predictions = listRunPredictions(db, runId);
  const grades = listGradesOfRunStudies(db, runId);
  const known = new Set(LOCATIONS.map((l) => `${l.condition}:${l.level}`));
  const submission: SubmissionRow[] = predictions
    .filter((p) => known.has(`${p.condition}:${p.level}`))
    .map((p) => ({
      rowId: rowIdOf(p.studyKey, { condition: p.condition, level: p.level } as (typeof LOCATIONS)[number]),
      probabilities: p.probabilities,
    }));
  const solution: SolutionRow[] = grades
    .filter((g) => known.has(`${g.condition}:${g.level}`) && isGradeId(g.grade))
    .map((g) => ({
      rowId: rowIdOf(g.studyKey, { condition: g.condition, level: g.level } as (typeof LOCATIONS)[number]),
      grade: g.grade as SolutionRow['grade'],
    }));
  return {
    runId,
    studies: new Set(grades.map((g) => g.studyKey)).size,
    labelledCells: solution.length,
    ...rsnaScore(solution, submission),
  };
}
