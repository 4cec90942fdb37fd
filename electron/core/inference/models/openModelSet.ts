import type { ConditionGroup } from '../../../common/vocabulary';
import type { SessionSettings } from '../runtime/createSession';
import type { ProviderAttempt } from '../runtime/executionProviders';
import { ModelRefusedError } from './ModelRefusedError';
import { openModel, type LoadedModel } from './openModel';
import type { ResolvedModel } from './readModelManifest';
import type { ModelSelection } from './selectModels';

/** The opened detectors and graders of a run, by condition group. */
export interface ModelSet {
  readonly detectors: Partial<Record<ConditionGroup, LoadedModel>>;
  readonly graders: Partial<Record<ConditionGroup, LoadedModel>>;
  /** The providers in use, e.g. "cpu" or "webgpu+cpu" when models ended up on different ones. */
  readonly provider: string;
  readonly models: readonly ModelRunInfo[];
  release(): Promise<void>;
}

/** What a run stores about each model (model_runs.models). */
export interface ModelRunInfo {
  readonly id: string;
  readonly kind: string;
  readonly condition: ConditionGroup;
  readonly version: string;
  readonly sha256: string;
  readonly provider: string;
  readonly attempts: readonly ProviderAttempt[];
}

/**
 * Opens every selected model (sessions stay open for the whole run and are reused across
 * studies). One refused model refuses the set, with every model's reasons, so a run never
 * silently drops a condition to priors because a file was damaged.
 */
export async function openModelSet(selection: ModelSelection, settings: SessionSettings = {}): Promise<ModelSet> {
  const opened: LoadedModel[] = [];
  const refusals: string[] = [];
  const wanted: ResolvedModel[] = [...Object.values(selection.detectors), ...Object.values(selection.graders)];
  for (const model of wanted) {
    try {
      opened.push(await openModel(model, settings));
    } catch (error) {
      refusals.push(error instanceof ModelRefusedError ? `${error.file}: ${error.reasons.join('; ')}` : `${model.path}: ${(error as Error).message}`);
    }
  }
  const release = async (): Promise<void> => {
    await Promise.all(opened.map((m) => m.session.release()));
  };
  if (refusals.length > 0) {
    await release();
    throw new ModelRefusedError(refusals.length === 1 ? 'a model' : `${refusals.length} models`, refusals);
  }
  const detectors: Partial<Record<ConditionGroup, LoadedModel>> = {};
  const graders: Partial<Record<ConditionGroup, LoadedModel>> = {};
  for (const m of opened) (m.entry.kind === 'yolov8-detect' ? detectors : graders)[m.entry.condition] = m;
  const providers = [...new Set(opened.map((m) => m.provider))];
  return {
    detectors,
    graders,
    provider: providers.length > 0 ? providers.join('+') : 'none',
    models: opened.map((m) => ({
      id: m.entry.id,
      kind: m.entry.kind,
      condition: m.entry.condition,
      version: m.entry.version,
      sha256: m.entry.sha256,
      provider: m.provider,
      attempts: m.attempts,
    })),
    release,
  };
}
