import type { DomainHandlers } from '../common/contract';
import { compareRuns } from '../core/evaluation/compareRuns';
import { listRuns } from '../core/evaluation/listRuns';
import { runBaseline } from '../core/evaluation/runBaseline';
import { runQuality } from '../core/evaluation/runQuality';
import { aiVisibility } from './aiVisibility';
import type { CoreServices } from './CoreServices';

/**
 * The quality dashboard's runs (issue 7): runs with their models, a run's figures against the
 * current labels, two runs side by side, and the dashboard's reference line (constant predictors
 * scored on a run's labelled cells). Plain reads of the store: no onnxruntime, no pixels, fine in main.
 */
export function runHandlers(services: CoreServices): DomainHandlers<'runs'> {
  const { db } = services;
  return {
    'runs:list': () => listRuns(db),
    'runs:quality': ({ runId, withinMm }) => runQuality(db, runId, withinMm),
    'runs:compare': ({ firstRunId, secondRunId, studyIds, onlyDifferent, limit }) =>
      compareRuns(db, firstRunId, secondRunId, {
        ...(studyIds ? { studyIds } : {}),
        ...(onlyDifferent !== undefined ? { onlyDifferent } : {}),
        ...(limit ? { limit } : {}),
        ...aiVisibility(services),
      }),
    'runs:baseline': ({ runId }) => runBaseline(db, runId),
  };
}
