import { LOCATIONS, locationKey, type GradeProbabilities } from '../../../common/vocabulary';
import type { SubmissionRow } from '../../evaluation/rsnaMetric';
import { rowIdOf } from '../../evaluation/rsnaMetric';
import { studyPredictionLookup } from '../../store/runs/predictionRepository';
import { studyKeyLookup } from '../../store/studies/studyRepository';
import type { WorkspaceDb } from '../../store/WorkspaceDb';
import { priorFor, type PriorTable } from '../pipeline/classPriors';

/**
 * The competition rows of a model run (rsna-data.md "sample_submission.csv"): 25 per study, in
 * study order then train.csv column order, row_id `<study_key>_<condition>_<level>`, each row
 * normalised to sum 1. A study or location the run has no answer for (the study failed) gets the
 * prior, so the file is always complete; `filled` counts those rows.
 */
export function submissionRows(
  db: WorkspaceDb,
  runId: number,
  studyIds: readonly number[],
  priors: PriorTable,
): { rows: SubmissionRow[]; filled: number } {
  const key = studyKeyLookup(db);
  const predictions = studyPredictionLookup(db);
  const rows: SubmissionRow[] = [];
  let filled = 0;
  for (const studyId of studyIds) {
    const studyKey = key(studyId);
    if (studyKey === undefined) throw new Error(`study ${studyId} is not in the workspace`);
    const answers = new Map(predictions(runId, studyId).map((r) => [`${r.condition}:${r.level}`, r.probabilities]));
    for (const location of LOCATIONS) {
      let p: GradeProbabilities | undefined = answers.get(locationKey(location));
      if (!p) {
        p = priorFor(priors, location.condition, location.level);
        filled++;
      }
      const sum = p[0] + p[1] + p[2];
      rows.push({ rowId: rowIdOf(studyKey, location), probabilities: [p[0] / sum, p[1] / sum, p[2] / sum] });
    }
  }
  return { rows, filled };
}
