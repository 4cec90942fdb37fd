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

export interface GradeCell {
  readonly condition: string;
  readonly level: string;
  readonly grade: string | null;
}

/** The current grade of a location: null when it has no row or its grade is cleared. */
export function findGrade(db: WorkspaceDb, studyId: number, condition: string, level: string): string | null {
  return (db.prepare('SELECT grade FROM grades WHERE study_id = ? AND condition = ? AND level = ?').pluck().get(studyId, condition, level) as string | null | undefined) ?? null;
}

/** Sets a location's current grade (its imported original in `imported_grade` stays). */
export function upsertGrade(db: WorkspaceDb, write: GradeWrite): void {
  db.prepare(
    `INSERT INTO grades (study_id, condition, level, grade, source, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (study_id, condition, level) DO UPDATE SET grade = excluded.grade, source = excluded.source,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(write.studyId, write.condition, write.level, write.grade, write.source, write.reader, write.at);
}

/** Every grade row of a study, cleared cells included. */
export function listGradesOfStudy(db: WorkspaceDb, studyId: number): GradeCell[] {
  return db.prepare('SELECT condition, level, grade FROM grades WHERE study_id = ?').all(studyId) as GradeCell[];
}
