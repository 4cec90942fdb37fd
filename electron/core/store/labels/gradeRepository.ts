import type { GradeCell, LabelSource } from '../../../common/contract';
import { isConditionId, isGradeId, isLevelId, type GradeId } from '../../../common/vocabulary';
import type { WorkspaceDb } from '../WorkspaceDb';

/** A location's grade as it is written (table `grades`, one row per study, condition and level). */
export interface GradeWrite {
  readonly studyId: number;
  readonly condition: string;
  readonly level: string;
  readonly grade: string | null;
  readonly source: 'reader' | 'ai';
  readonly reader: string;
  readonly at: string;
}

/** The current grade of a location: null when it has no row or its grade is cleared. */
export function findGrade(db: WorkspaceDb, studyId: number, condition: string, level: string): string | null {
  return (
    (db.prepare('SELECT grade FROM grades WHERE study_id = ? AND condition = ? AND level = ?').pluck().get(studyId, condition, level) as
      string | null | undefined) ?? null
  );
}

/** Sets a location's current grade (its imported original in `imported_grade` stays). */
export function upsertGrade(db: WorkspaceDb, write: GradeWrite): void {
  db.prepare(
    `INSERT INTO grades (study_id, condition, level, grade, source, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (study_id, condition, level) DO UPDATE SET grade = excluded.grade, source = excluded.source,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(write.studyId, write.condition, write.level, write.grade, write.source, write.reader, write.at);
}

/**
 * Every grade cell of a study, cleared cells included (the viewer, the review panel and the first
 * read's commit read them); rows of an unknown condition or level are left out.
 */
export function listGradesOfStudy(db: WorkspaceDb, studyId: number): GradeCell[] {
  const rows = db
    .prepare('SELECT condition, level, grade, imported, imported_grade, source, updated_by, updated_at FROM grades WHERE study_id = ?')
    .all(studyId) as {
    condition: string;
    level: string;
    grade: string | null;
    imported: number;
    imported_grade: string | null;
    source: string;
    updated_by: string | null;
    updated_at: string | null;
  }[];
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

/*
 * The grade reads of model runs and their evaluation (priors, scoring, agreement).
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
    .prepare(
      `SELECT s.study_key, g.condition, g.level, ${column} FROM grades g JOIN studies s ON s.id = g.study_id WHERE ${column} IN ('normal_mild', 'moderate', 'severe')`,
    )
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
