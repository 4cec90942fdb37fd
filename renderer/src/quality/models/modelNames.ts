import type { ModelListEntry } from '../../../../electron/common/contract';
import { GROUP_NAMES } from '../format';

const KIND_NAMES: Readonly<Record<string, string>> = {
  'yolov8-detect': 'Detector',
  'deepscorenet-grade': 'Grader',
};

/** "yolov8-detect" → "Detector"; an unknown kind as it is. */
export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

export function conditionName(condition: string): string {
  return (GROUP_NAMES as Readonly<Record<string, string>>)[condition] ?? condition;
}

/** A model's first few metrics as "name value" (numbers to 3 decimals), for the table. */
export function keyMetrics(model: ModelListEntry, count = 3): string[] {
  return Object.entries(model.metrics)
    .slice(0, count)
    .map(([key, value]) => `${key} ${typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : (value ?? '–')}`);
}
