import type { ConfusionMatrix } from './confusionMatrix';

export interface ClassificationMetrics {
  readonly n: number;
  readonly accuracy: number;
  /** Unweighted mean of the per-class F1 over classes that occur in truth or predictions. */
  readonly macroF1: number;
  /** Recall (sensitivity) per class; null for a class absent from the truth. */
  readonly recall: readonly (number | null)[];
  readonly precision: readonly (number | null)[];
}

/** Accuracy, per-class precision / recall and macro-F1 from a confusion matrix (rows = truth). */
export function classificationMetrics(matrix: ConfusionMatrix): ClassificationMetrics {
  const k = matrix.length;
  let n = 0;
  let correct = 0;
  const rowSums = new Array<number>(k).fill(0);
  const columnSums = new Array<number>(k).fill(0);
  for (let t = 0; t < k; t++) {
    for (let p = 0; p < k; p++) {
      const v = matrix[t]?.[p] ?? 0;
      n += v;
      rowSums[t]! += v;
      columnSums[p]! += v;
      if (t === p) correct += v;
    }
  }
  const recall = rowSums.map((sum, c) => (sum === 0 ? null : (matrix[c]?.[c] ?? 0) / sum));
  const precision = columnSums.map((sum, c) => (sum === 0 ? null : (matrix[c]?.[c] ?? 0) / sum));
  const f1s: number[] = [];
  for (let c = 0; c < k; c++) {
    if ((rowSums[c] ?? 0) === 0 && (columnSums[c] ?? 0) === 0) continue;
    const r = recall[c] ?? 0;
    const p = precision[c] ?? 0;
    f1s.push(r + p === 0 ? 0 : (2 * r * p) / (r + p));
  }
  return {
    n,
    accuracy: n === 0 ? NaN : correct / n,
    macroF1: f1s.length === 0 ? NaN : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    recall,
    precision,
  };
}
