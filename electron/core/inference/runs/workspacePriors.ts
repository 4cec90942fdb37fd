import type { Database } from 'better-sqlite3';
import { GRADES, locationKey, type ConditionId, type LevelId } from '../../../common/vocabulary';
import { priorTableFromCounts, type PriorTable } from '../pipeline/classPriors';

/**
 * Priors from the workspace's current labels (grades table), per location, smoothed toward the
 * RSNA frequencies (priorTableFromCounts). With no labels every location gets the RSNA
 * frequencies.
 */
export function workspacePriors(db: Database): PriorTable {
  const rows = db
    .prepare('SELECT condition, level, grade, count(*) AS n FROM grades WHERE grade IS NOT NULL GROUP BY condition, level, grade')
    .all() as { condition: ConditionId; level: LevelId; grade: string; n: number }[];
  const counts = new Map<string, [number, number, number]>();
  for (const r of rows) {
    const index = GRADES.findIndex((g) => g.id === r.grade);
    if (index < 0) continue;
    const key = locationKey({ condition: r.condition, level: r.level });
    const c = counts.get(key) ?? [0, 0, 0];
    c[index] = (c[index] as number) + r.n;
    counts.set(key, c);
  }
  return priorTableFromCounts(counts);
}
