import type { WorkspaceDb } from '../WorkspaceDb';

/*
 * Existence checks label and review writes make before they write. They read `studies` and
 * `series`, whose repository is store/studies/; kept here under names of their own so the two
 * store branches of issue 12 do not edit one file (the integrator may merge duplicates).
 */

export function studyExists(db: WorkspaceDb, studyId: number): boolean {
  return db.prepare('SELECT 1 FROM studies WHERE id = ?').get(studyId) !== undefined;
}

export function seriesIsInStudy(db: WorkspaceDb, seriesId: number, studyId: number): boolean {
  return db.prepare('SELECT 1 FROM series WHERE id = ? AND study_id = ?').get(seriesId, studyId) !== undefined;
}
