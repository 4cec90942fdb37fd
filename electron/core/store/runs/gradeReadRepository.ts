import type { GradeId } from '../../../common/vocabulary';
import type { WorkspaceDb } from '../WorkspaceDb';

/**
 * The grade reads that model runs and their evaluation need (priors, scoring, agreement). The
 * grades table itself is kept by store/labels; these only read it.
 */

/** A graded cell with the key of its study; condition and level as stored (unchecked). */
export interface KeyedGrade<G extends string = string> {
  readonly studyKey: string;
  readonly condition: string;
  readonly level: string;
  readonly grade: G;
}

/** The current grades (not null) of the studies a run answered: the solution it is scored on. */
export function listGradesOfRunStudies(db: WorkspaceDb, runId: number): KeyedGrade[] {
  const rows = db
    .prepare(
      `SELECT s.study_key, g.condition, g.level, g.grade FROM grades g JOIN studies s ON s.id = g.study_id
       WHERE g.grade IS NOT NULL AND g.study_id IN (SELECT DISTINCT study_id FROM predictions WHERE run_id = ?)`,
    )
    .raw()
    .all(runId) as [string, string, string, string][];
  return rows.map(([studyKey, condition, level, grade]) => ({ studyKey, condition, level, grade }));
}

/** Every cell with a valid grade in the workspace: its current grade, or the grade first imported for it. */
export function listKeyedGrades(db: WorkspaceDb, which: 'current' | 'imported'): KeyedGrade<GradeId>[] {
  const column = which === 'imported' ? 'g.imported_grade' : 'g.grade';
  const rows = db
    .prepare(`SELECT s.study_key, g.condition, g.level, ${column} FROM grades g JOIN studies s ON s.id = g.study_id WHERE ${column} IN ('normal_mild', 'moderate', 'severe')`)
    .raw()
    .all() as [string, string, string, GradeId][];
  return rows.map(([studyKey, condition, level, grade]) => ({ studyKey, condition, level, grade }));
}

/** How many cells have each current grade, per location (condition and level as stored). */
export function countGradesByLocation(db: WorkspaceDb): { condition: string; level: string; grade: string; count: number }[] {
  const rows = db
    .prepare('SELECT condition, level, grade, count(*) AS n FROM grades WHERE grade IS NOT NULL GROUP BY condition, level, grade')
    .all() as { condition: string; level: string; grade: string; n: number }[];
  return rows.map((r) => ({ condition: r.condition, level: r.level, grade: r.grade, count: r.n }));
}
