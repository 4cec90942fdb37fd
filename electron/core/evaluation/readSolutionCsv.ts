import { readFileSync } from 'node:fs';
import { formatProblem, ProblemList } from '../rsna/CsvValidationError';
import { parseTrainCsv } from '../rsna/parseTrainCsv';
import type { SolutionRow } from './rsnaMetric';
import { solutionFromTrain } from './solutionFromTrain';

/** A train.csv (or a file of its format) as metric solution rows, refusing it with every problem found. */
export function readSolutionCsv(file: string): SolutionRow[] {
  const problems = new ProblemList();
  const rows = parseTrainCsv(readFileSync(file, 'utf8'), file, problems);
  if (!problems.isEmpty) {
    const shown = problems.problems.slice(0, 20).map(formatProblem);
    throw new Error(`${file}: invalid solution:\n${shown.join('\n')}`);
  }
  return solutionFromTrain(rows);
}
