import { runBaseline } from '../core/evaluation/runBaseline';
import type { CoreServices } from './CoreServices';
import type { Handlers } from './createHandlers';

/** The dashboard's reference line: constant predictors scored on a run's labelled cells (a plain read, fine in main). */
export function baselineHandlers(services: CoreServices): Pick<Handlers, 'runs:baseline'> {
  return { 'runs:baseline': ({ runId }) => runBaseline(services.db, runId) };
}
