import type { Database } from 'better-sqlite3';
import { gradeInfo, isGradeId, mostLikelyGrade } from '../../common/vocabulary';
import { METRIC_EPSILON } from '../evaluation/rsnaMetric';

/**
 * Per study, what its AI–label disagreements cost under the competition metric (rsna-data.md):
 * the sum over the cells where the latest run's grade differs from the label of
 * w(label) · −ln p_AI(label), with the metric's weights 1/2/4 and its normalising and clipping.
 * The worklist orders the "AI ≠ label" column by it (product.md P1 "AI-vs-label disagreement
 * sorted by competition weight and confidence"): a Severe label the AI gave 2 % comes before a
 * Normal/Mild one it gave 45 %. Only studies with a disagreement are read (study_stats).
 */
export function disagreementLoss(db: Database): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT g.study_id, g.grade, p.p_normal_mild, p.p_moderate, p.p_severe
       FROM study_stats st
       JOIN predictions p ON p.study_id = st.study_id AND p.run_id = st.latest_run_id
       JOIN grades g ON g.study_id = p.study_id AND g.condition = p.condition AND g.level = p.level
       WHERE st.disagreements > 0 AND g.grade IS NOT NULL`,
    )
    .raw()
    .all() as [number, string, number, number, number][];
  const losses = new Map<number, number>();
  for (const [studyId, grade, n, m, s] of rows) {
    if (!isGradeId(grade) || mostLikelyGrade([n, m, s]) === grade) continue;
    const { index, weight } = gradeInfo(grade);
    const total = n + m + s;
    const p = total > 0 ? ([n, m, s][index] as number) / total : 0;
    const clipped = Math.min(1 - METRIC_EPSILON, Math.max(METRIC_EPSILON, p));
    losses.set(studyId, (losses.get(studyId) ?? 0) - weight * Math.log(clipped));
  }
  return losses;
}
