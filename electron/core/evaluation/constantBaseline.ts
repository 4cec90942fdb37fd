import { CONDITION_GROUPS, GRADES, LOCATIONS, conditionInfo, type ConditionGroup, type GradeProbabilities } from '../../common/vocabulary';
import { parseRowId, rowIdOf, rsnaScore, type RsnaScore, type SolutionRow, type SubmissionRow } from './rsnaMetric';

export type ConstantKind = 'frequencies' | 'weighted-optimum';

/** One probability triple per condition group, the same for every study and level. */
export type ConstantPredictor = Readonly<Record<ConditionGroup, GradeProbabilities>>;

/**
 * A constant predictor fitted on labelled cells, per condition group (spinal; foraminal and
 * subarticular pooling left and right, as the metric does):
 * - `frequencies`: the grade frequencies of the group;
 * - `weighted-optimum`: the constant that minimises the group's sample-weighted log loss,
 *   Σ_k w_k n_k (−log p_k) subject to Σ p = 1, i.e. p_k ∝ w_k · n_k (a Lagrange multiplier
 *   argument), with the metric's weights 1 / 2 / 4. Fitted on the very set it is scored on, it is
 *   the best any constant can do on that set's three condition terms.
 * Frequencies get a small Laplace count (0.5) so an unseen grade never gets probability 0.
 */
export function fitConstantPredictor(rows: readonly SolutionRow[], kind: ConstantKind): ConstantPredictor {
  const counts = Object.fromEntries(CONDITION_GROUPS.map((g) => [g, [0.5, 0.5, 0.5]])) as Record<ConditionGroup, number[]>;
  for (const row of rows) {
    const group = conditionInfo(parseRowId(row.rowId).location.condition).group;
    const index = GRADES.findIndex((g) => g.id === row.grade);
    (counts[group] as number[])[index]! += 1;
  }
  return Object.fromEntries(
    CONDITION_GROUPS.map((group) => {
      const c = counts[group];
      const mass = c.map((n, k) => (kind === 'weighted-optimum' ? n * (GRADES[k]?.weight ?? 1) : n));
      const total = mass.reduce((a, b) => a + b, 0);
      return [group, mass.map((m) => m / total) as unknown as GradeProbabilities];
    }),
  ) as ConstantPredictor;
}

/** The constant predictor's 25 rows for every study of the solution. */
export function constantSubmission(solution: readonly SolutionRow[], predictor: ConstantPredictor): SubmissionRow[] {
  const studies = [...new Set(solution.map((r) => parseRowId(r.rowId).studyId))];
  return studies.flatMap((study) =>
    LOCATIONS.map((l) => ({ rowId: rowIdOf(study, l), probabilities: predictor[conditionInfo(l.condition).group] })),
  );
}

export interface ConstantBaseline {
  readonly kind: ConstantKind;
  /** Which labels the constant was fitted on. */
  readonly fittedOn: string;
  readonly predictor: ConstantPredictor;
  readonly score: RsnaScore;
}

/** A constant predictor fitted on `fit` and scored on `solution` with the competition metric. */
export function constantBaseline(
  solution: readonly SolutionRow[],
  fit: readonly SolutionRow[],
  kind: ConstantKind,
  fittedOn: string,
): ConstantBaseline {
  const predictor = fitConstantPredictor(fit, kind);
  return { kind, fittedOn, predictor, score: rsnaScore(solution, constantSubmission(solution, predictor)) };
}
