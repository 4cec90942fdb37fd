import type { WorkspaceDb } from './WorkspaceDb';

export interface WorkspaceCounts {
  readonly studies: number;
  readonly studiesWithImages: number;
  readonly series: number;
  readonly instances: number;
  readonly labelledCells: number;
  readonly points: number;
  readonly indexProblems: number;
  readonly modelRuns: number;
}

/** Totals over the whole workspace, for `spine-review stats` and the app's status bar. */
export function workspaceCounts(db: WorkspaceDb): WorkspaceCounts {
  const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
  return {
    studies: count('SELECT count(*) FROM studies'),
    studiesWithImages: count(
      'SELECT count(DISTINCT se.study_id) FROM series se WHERE EXISTS (SELECT 1 FROM instances i WHERE i.series_id = se.id)',
    ),
    series: count('SELECT count(*) FROM series WHERE EXISTS (SELECT 1 FROM instances i WHERE i.series_id = series.id)'),
    instances: count('SELECT count(*) FROM instances'),
    labelledCells: count('SELECT count(*) FROM grades WHERE grade IS NOT NULL'),
    points: count('SELECT count(*) FROM points WHERE deleted = 0'),
    indexProblems: count('SELECT count(*) FROM index_problems'),
    modelRuns: count('SELECT count(*) FROM model_runs'),
  };
}
