import type { ConfusionMatrix } from './confusionMatrix';

/**
 * Cohen's weighted kappa between two raters of ordered classes (Cohen 1968):
 * κ = 1 − Σ w·O / Σ w·E, with O the observed confusion matrix, E the matrix expected by chance
 * from the two raters' marginals, and disagreement weights w = |i−j| (linear) or (i−j)² (quadratic)
 * scaled to [0, 1]. 1 is perfect agreement, 0 chance. NaN when chance disagreement is zero
 * (both raters used one class only).
 */
export function weightedKappa(matrix: ConfusionMatrix, weighting: 'linear' | 'quadratic' = 'quadratic'): number {
  const k = matrix.length;
  const rows = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const columns = Array.from({ length: k }, (_, j) => matrix.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  const n = rows.reduce((a, b) => a + b, 0);
  if (n === 0) return NaN;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const distance = Math.abs(i - j) / (k - 1);
      const w = weighting === 'linear' ? distance : distance * distance;
      observed += w * (matrix[i]?.[j] ?? 0);
      expected += (w * (rows[i] as number) * (columns[j] as number)) / n;
    }
  }
  return expected === 0 ? NaN : 1 - observed / expected;
}
