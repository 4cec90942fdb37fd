import type { Database } from 'better-sqlite3';
import type { RunQuality } from '../../common/contract/quality';
import { isConditionId, isGradeId, mostLikelyGrade, type ConditionId, type GradeId } from '../../common/vocabulary';
import { gradeAgreement } from './gradeAgreement';
import { FOUND_WITHIN_MM, localisationErrors } from './localisationErrors';
import { scoreModelRun } from './scoreModelRun';
import { runSummary } from './listRuns';

export type { RunQuality };

/**
 * Everything the dashboard shows for a run, computed from the store: the run's answers against
 * the workspace's current labels (reader corrections included), on the studies the run answered.
 */
export function runQuality(db: Database, runId: number, withinMm = FOUND_WITHIN_MM): RunQuality {
  const run = runSummary(db, runId);
  const rows = db
    .prepare(
      `SELECT p.condition, g.grade, p.p_normal_mild, p.p_moderate, p.p_severe FROM predictions p
       JOIN grades g ON g.study_id = p.study_id AND g.condition = p.condition AND g.level = p.level
       WHERE p.run_id = ? AND g.grade IS NOT NULL`,
    )
    .all(runId) as { condition: string; grade: string; p_normal_mild: number; p_moderate: number; p_severe: number }[];
  const pairs = rows.flatMap((r) =>
    isConditionId(r.condition) && isGradeId(r.grade)
      ? [{ condition: r.condition as ConditionId, first: r.grade as GradeId, second: mostLikelyGrade([r.p_normal_mild, r.p_moderate, r.p_severe]) }]
      : [],
  );
  const { errors: _errors, runId: _runId, ...localisation } = localisationErrors(db, runId, withinMm);
  const { runId: _id, ...score } = scoreModelRun(db, runId);
  return { run, score, grading: gradeAgreement(pairs), localisation };
}
