import type { RunBaseline } from '../../common/contract/baseline';
import { asRunId } from '../../common/ids';
import { isGradeId, LOCATIONS, type Location } from '../../common/vocabulary';
import { NotFoundError } from '../errors';
import { listGradesOfRunStudies } from '../store/labels/gradeRepository';
import { modelRunExists } from '../store/runs/modelRunRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { constantBaseline } from './constantBaseline';
import { rowIdOf, type SolutionRow } from './rsnaMetric';

export type { RunBaseline };

const LOCATION_OF = new Map<string, Location>(LOCATIONS.map((l) => [`${l.condition}:${l.level}`, l]));

/**
 * The labelled cells a run is scored on (scoreModelRun's solution): the current grades of the
 * studies the run answered.
 */
export function runSolution(db: WorkspaceDb, runId: number): { studies: number; rows: SolutionRow[] } {
  if (!modelRunExists(db, runId)) throw new NotFoundError(`no model run ${runId}`);
  const grades = listGradesOfRunStudies(db, runId);
  const rows = grades.flatMap(({ studyKey, condition, level, grade }) => {
    const location = LOCATION_OF.get(`${condition}:${level}`);
    return location && isGradeId(grade) ? [{ rowId: rowIdOf(studyKey, location), grade }] : [];
  });
  return { studies: new Set(grades.map((g) => g.studyKey)).size, rows };
}

/**
 * The constant predictors a run's score is read against on the dashboard: fitted on, and scored
 * on, the run's own labelled cells, so `weighted-optimum` is the best any constant can do there
 * (constantBaseline.ts) and a model that does not beat it has learnt nothing per study.
 */
export function runBaseline(db: WorkspaceDb, runId: number): RunBaseline {
  const { studies, rows } = runSolution(db, runId);
  const baselines =
    rows.length === 0
      ? []
      : (['frequencies', 'weighted-optimum'] as const).map((kind) => {
          const { predictor, score } = constantBaseline(rows, rows, kind, `run ${runId}`);
          return { kind, predictor, score };
        });
  return { runId: asRunId(runId), studies, labelledCells: rows.length, baselines };
}
