import { CONDITION_GROUPS, conditionInfo, GRADES, type ConditionGroup, type ConditionId, type GradeId } from '../../common/vocabulary';
import type { Agreement, GroupedAgreement } from '../../common/contract/quality';
import { classificationMetrics } from './classificationMetrics';
import type { ConfusionMatrix } from './confusionMatrix';
import { weightedKappa } from './weightedKappa';

/** Two graders' grades for the same cell (a model's most likely grade, or a reader's). */
export interface GradePair {
  readonly condition: ConditionId;
  readonly first: GradeId;
  readonly second: GradeId;
}

export type { Agreement, GroupedAgreement };

const INDEX = new Map<GradeId, number>(GRADES.map((g) => [g.id, g.index]));

/**
 * Accuracy, macro-F1, per-grade recall, confusion matrix and weighted kappa (Cohen 1968) of two
 * graders, overall and per condition group (spinal; foraminal and subarticular pooling left and
 * right, as the metric does). NaN results (one grader used one grade only) become null.
 */
export function gradeAgreement(pairs: readonly GradePair[]): GroupedAgreement {
  const byGroup = Object.fromEntries(
    CONDITION_GROUPS.map((g) => [g, agreement(pairs.filter((p) => conditionInfo(p.condition).group === g))]),
  ) as Record<ConditionGroup, Agreement>;
  return { ...agreement(pairs), byGroup };
}

function agreement(pairs: readonly GradePair[]): Agreement {
  const confusion: ConfusionMatrix = GRADES.map(() => GRADES.map(() => 0));
  for (const p of pairs) (confusion[INDEX.get(p.first) as number] as number[])[INDEX.get(p.second) as number]! += 1;
  const metrics = classificationMetrics(confusion);
  return {
    n: pairs.length,
    accuracy: finite(metrics.accuracy),
    macroF1: finite(metrics.macroF1),
    recall: metrics.recall,
    precision: metrics.precision,
    quadraticKappa: finite(weightedKappa(confusion, 'quadratic')),
    linearKappa: finite(weightedKappa(confusion, 'linear')),
    confusion,
  };
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
