import { GRADES, locationKey, type ConditionId, type LevelId } from '../../../common/vocabulary';
import { countGradesByLocation } from '../../store/labels/gradeRepository';
import type { WorkspaceDb } from '../../store/WorkspaceDb';
import { priorTableFromCounts, type PriorTable } from '../pipeline/classPriors';

/**
 * Priors from the workspace's current labels (grades table), per location, smoothed toward the
 * RSNA frequencies (priorTableFromCounts). With no labels every location gets the RSNA
 * frequencies.
 */
export function workspacePriors(db: WorkspaceDb): PriorTable {
  const rows = countGradesByLocation(db);
  const counts = new Map<string, [number, number, number]>();
  for (const r of rows) {
    const index = GRADES.findIndex((g) => g.id === r.grade);
    if (index < 0) continue;
    const key = locationKey({ condition: r.condition as ConditionId, level: r.level as LevelId });
    const c = counts.get(key) ?? [0, 0, 0];
    c[index] = (c[index] as number) + r.count;
    counts.set(key, c);
  }
  return priorTableFromCounts(counts);
}
