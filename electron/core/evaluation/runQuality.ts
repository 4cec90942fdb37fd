import type { RunQuality } from '../../common/contract/quality';
import { isConditionId, isGradeId, mostLikelyGrade, type ConditionId, type GradeId } from '../../common/vocabulary';
import { listGradedPredictions } from '../store/runs/predictionRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { gradeAgreement } from './gradeAgreement';
import { FOUND_WITHIN_MM, localisationErrors } from './localisationErrors';
import { scoreModelRun } from './scoreModelRun';
import { runSummary } from './listRuns';

export type { RunQuality };

/**
 * Everything the dashboard shows for a run, computed from the store: the run's answers against
 * the workspace's current labels (reader corrections included), on the studies the run answered.
 */
export function runQuality(db: WorkspaceDb, runId: number, withinMm = FOUND_WITHIN_MM): RunQuality {
  const run = runSummary(db, runId);
  const rows = listGradedPredictions(db, runId);
  const pairs = rows.flatMap((r) =>
    isConditionId(r.condition) && isGradeId(r.grade)
      ? [{ condition: r.condition as ConditionId, first: r.grade as GradeId, second: mostLikelyGrade(r.probabilities) }]
      : [],
  );
  const { errors: _errors, runId: _runId, ...localisation } = localisationErrors(db, runId, withinMm);
  const { runId: _id, ...score } = scoreModelRun(db, runId);
  return { run, score, grading: gradeAgreement(pairs), localisation };
}
