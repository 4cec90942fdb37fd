import type { GradeId, GradeProbabilities } from './grades';

/**
 * The AI's grade for a cell: the one with the highest probability, ties going to the more severe
 * grade. One rule everywhere — the grid's ≠ marker, Accept AI, the blinded first read, the
 * dashboard — because the store's disagreement count (view study_disagreements, schema 1) uses it
 * and a shipped migration is never edited.
 */
export function mostLikelyGrade(p: GradeProbabilities | readonly [number, number, number]): GradeId {
  if (p[2] >= p[1] && p[2] >= p[0]) return 'severe';
  if (p[1] >= p[0]) return 'moderate';
  return 'normal_mild';
}
