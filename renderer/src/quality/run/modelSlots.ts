import type { ModelListEntry } from '../../../../electron/common/contract';
import { CONDITION_GROUPS, type ConditionGroup } from '../../../../electron/common/vocabulary';

export interface ModelSlot {
  readonly kind: 'yolov8-detect' | 'deepscorenet-grade';
  readonly condition: ConditionGroup;
  /** The versions available for this kind and condition, the folder's order. */
  readonly models: readonly ModelListEntry[];
  /** The one a run uses when none is chosen. */
  readonly defaultId: string | null;
}

/** A run takes one detector and one grader per condition group (selectModels): the six choices. */
export function modelSlots(models: readonly ModelListEntry[]): ModelSlot[] {
  return CONDITION_GROUPS.flatMap((condition) =>
    (['yolov8-detect', 'deepscorenet-grade'] as const).map((kind) => {
      const fitting = models.filter((m) => m.kind === kind && m.condition === condition);
      return { kind, condition, models: fitting, defaultId: fitting.find((m) => m.isDefault)?.id ?? null };
    }),
  );
}

export const slotKey = (slot: Pick<ModelSlot, 'kind' | 'condition'>): string => `${slot.kind}:${slot.condition}`;

/**
 * The `modelIds` of a run request: undefined while every choice is the default (the run picks
 * its defaults itself), else one id per slot that has a model.
 */
export function chosenModelIds(slots: readonly ModelSlot[], choices: ReadonlyMap<string, string>): string[] | undefined {
  const ids = slots.flatMap((slot) => {
    const id = choices.get(slotKey(slot)) ?? slot.defaultId;
    return id ? [id] : [];
  });
  const changed = slots.some((slot) => (choices.get(slotKey(slot)) ?? slot.defaultId) !== slot.defaultId);
  return changed ? ids : undefined;
}
