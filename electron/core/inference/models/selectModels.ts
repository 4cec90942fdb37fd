import { CONDITION_GROUPS, type ConditionGroup } from '../../../common/vocabulary';
import type { ResolvedModel } from './readModelManifest';

/** At most one detector and one grader per condition group. */
export interface ModelSelection {
  readonly detectors: Partial<Record<ConditionGroup, ResolvedModel>>;
  readonly graders: Partial<Record<ConditionGroup, ResolvedModel>>;
  /** Condition groups lacking a detector or a grader: their predictions come from priors. */
  readonly missing: readonly string[];
}

/**
 * Picks the models of a run: the listed `ids` when given (each must exist, one per kind and
 * condition), else the first detector and the first grader of each condition in manifest order.
 */
export function selectModels(models: readonly ResolvedModel[], ids?: readonly string[]): ModelSelection {
  const detectors: Partial<Record<ConditionGroup, ResolvedModel>> = {};
  const graders: Partial<Record<ConditionGroup, ResolvedModel>> = {};
  let pool = models;
  if (ids && ids.length > 0) {
    const unknown = ids.filter((id) => !models.some((m) => m.entry.id === id));
    if (unknown.length > 0) throw new Error(`no model with id ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${models.map((m) => m.entry.id).join(', ') || 'none'})`);
    pool = ids.map((id) => models.find((m) => m.entry.id === id) as ResolvedModel);
  }
  for (const model of pool) {
    const target = model.entry.kind === 'yolov8-detect' ? detectors : graders;
    const taken = target[model.entry.condition];
    if (taken) {
      if (ids && ids.length > 0) throw new Error(`models "${taken.entry.id}" and "${model.entry.id}" are both ${model.entry.kind} for ${model.entry.condition}: pick one`);
      continue;
    }
    target[model.entry.condition] = model;
  }
  const missing = CONDITION_GROUPS.flatMap((g) => [
    ...(detectors[g] ? [] : [`no ${g} detector`]),
    ...(graders[g] ? [] : [`no ${g} grader`]),
  ]);
  return { detectors, graders, missing };
}
