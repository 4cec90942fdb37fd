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

/**
 * The metrics worth a glance first, where a card has them: the graders' competition loss, accuracy
 * and macro-F1, the detectors' found rate (the training package's names, spine_training/metrics).
 */
const KEY_METRICS = ['weighted_log_loss', 'accuracy', 'macro_f1', 'found_rate', 'quadratic_kappa', 'median_mm', 'map50'];

function formatMetric(key: string, value: number | string | null): string {
  const shown = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : (value ?? '–');
  return `${key.replace(/_/g, ' ')} ${shown}`;
}

/** A model's key metrics as "name value" (numbers to 3 decimals): the known key ones first, then the others in the card's order. */
export function keyMetrics(model: ModelListEntry, count = 3): string[] {
  const entries = Object.entries(model.metrics);
  const rank = (key: string): number => {
    const at = KEY_METRICS.indexOf(key);
    return at < 0 ? KEY_METRICS.length : at;
  };
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.index - b.index)
    .slice(0, count)
    .map(({ entry: [key, value] }) => formatMetric(key, value));
}
