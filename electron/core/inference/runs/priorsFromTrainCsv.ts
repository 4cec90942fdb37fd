import { GRADES, locationKey } from '../../../common/vocabulary';
import { parseRowId } from '../../evaluation/rsnaMetric';
import { readSolutionCsv } from '../../evaluation/readSolutionCsv';
import { priorTableFromCounts, type PriorTable } from '../pipeline/classPriors';

/**
 * Priors from a train.csv (label counts per location, smoothed as workspacePriors does), for runs
 * scored on the workspace's own labels: the answers where nothing was located then come from
 * the training labels, not from the labels being scored.
 */
export function priorsFromTrainCsv(file: string): PriorTable {
  const counts = new Map<string, [number, number, number]>();
  for (const row of readSolutionCsv(file)) {
    const key = locationKey(parseRowId(row.rowId).location);
    const c = counts.get(key) ?? [0, 0, 0];
    c[GRADES.findIndex((g) => g.id === row.grade)]! += 1;
    counts.set(key, c);
  }
  return priorTableFromCounts(counts);
}
