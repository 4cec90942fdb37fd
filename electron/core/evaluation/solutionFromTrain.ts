import { LOCATIONS, locationKey } from '../../common/vocabulary';
import type { TrainRow } from '../rsna/RsnaLabels';
import { rowIdOf, type SolutionRow } from './rsnaMetric';

/** The labelled cells of train.csv rows as metric solution rows; empty cells are left out (not scored). */
export function solutionFromTrain(rows: readonly TrainRow[]): SolutionRow[] {
  return rows.flatMap((row) =>
    LOCATIONS.flatMap((location) => {
      const grade = row.grades.get(locationKey(location));
      return grade ? [{ rowId: rowIdOf(row.studyId, location), grade }] : [];
    }),
  );
}
