/**
 * A k×k confusion matrix: `matrix[truth][predicted]` counts (or weights). Classes are indices
 * 0..k-1 (for grades: Normal/Mild, Moderate, Severe).
 */
export type ConfusionMatrix = number[][];

export function confusionMatrix(truth: readonly number[], predicted: readonly number[], classes = 3): ConfusionMatrix {
  if (truth.length !== predicted.length) throw new Error(`truth has ${truth.length} items, predictions ${predicted.length}`);
  const matrix = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  truth.forEach((t, i) => {
    const p = predicted[i] as number;
    if (t < 0 || t >= classes || p < 0 || p >= classes) throw new Error(`class out of range at item ${i}: truth ${t}, predicted ${p}`);
    (matrix[t] as number[])[p]! += 1;
  });
  return matrix;
}
