import type { GradeId, GradeProbabilities } from '../../common/vocabulary';

/**
 * The most likely grade of a prediction. Ties go to the more severe grade, as the store's
 * disagreement count does (study_disagreements view), so the dashboard and the worklist agree.
 */
export function argmaxGrade(p: GradeProbabilities): GradeId {
  if (p[2] >= p[1] && p[2] >= p[0]) return 'severe';
  if (p[1] >= p[0]) return 'moderate';
  return 'normal_mild';
}
