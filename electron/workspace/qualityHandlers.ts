import { automationBias } from '../core/evaluation/automationBias';
import { compareRuns } from '../core/evaluation/compareRuns';
import { labelSetAgreement } from '../core/evaluation/labelSetAgreement';
import { labelSetDisagreements } from '../core/evaluation/labelSetDisagreements';
import { listRuns } from '../core/evaluation/listRuns';
import { runQuality } from '../core/evaluation/runQuality';
import { studiesShowingAi } from '../core/reviews/firstRead';
import type { CoreServices } from './CoreServices';
import type { Handlers } from './createHandlers';

/**
 * The quality dashboard's data (issue 7): runs with their models, a run's figures against the
 * current labels, two runs side by side, agreement between any two grade sets and the cells where
 * they disagree (adjudication settles them with label:setGrade, not here), and automation bias over
 * blinded first reads. Plain reads of the store: no onnxruntime, no pixels, fine in main.
 */
export function qualityHandlers(services: CoreServices): Pick<Handlers, 'runs:list' | 'runs:quality' | 'runs:compare' | 'labels:agreement' | 'labels:disagreements' | 'quality:automationBias'> {
  const { db, settings } = services;
  // Blinded first read: per-cell AI answers of a study stay in main until this reader's commit there.
  const blinded = (): { visibleStudy?: (studyId: number) => boolean } => {
    const showsAi = studiesShowingAi(db, settings.get());
    return showsAi ? { visibleStudy: showsAi } : {};
  };
  return {
    'runs:list': () => listRuns(db),
    'runs:quality': ({ runId, withinMm }) => runQuality(db, runId, withinMm),
    'runs:compare': ({ firstRunId, secondRunId, studyIds, onlyDifferent, limit }) =>
      compareRuns(db, firstRunId, secondRunId, {
        ...(studyIds ? { studyIds } : {}),
        ...(onlyDifferent !== undefined ? { onlyDifferent } : {}),
        ...(limit ? { limit } : {}),
        ...blinded(),
      }),
    'labels:agreement': ({ first, second }) => labelSetAgreement(db, first, second),
    'labels:disagreements': ({ first, second, condition, limit }) =>
      labelSetDisagreements(db, first, second, {
        ...(condition ? { condition } : {}),
        ...(limit ? { limit } : {}),
        // Only a run's grades are the AI's; two readers' sets are never hidden.
        ...(first.kind === 'run' || second.kind === 'run' ? blinded() : {}),
      }),
    'quality:automationBias': () => automationBias(db),
  };
}
