import { z } from 'zod';
import type { ConditionGroup, GradeProbabilities } from '../vocabulary';

/** The competition score's four parts and their mean, as the metric gives them (null where nothing was scored). */
export interface ScoreTerms {
  readonly spinal: number | null;
  readonly foraminal: number | null;
  readonly subarticular: number | null;
  readonly any_severe_spinal: number | null;
  readonly score: number | null;
}

/** A constant predictor (one probability triple per condition group) scored on a run's labelled cells. */
export interface ConstantBaselineScore {
  /** `frequencies`: the labels' grade frequencies; `weighted-optimum`: the constant with the lowest weighted log loss on them. */
  readonly kind: 'frequencies' | 'weighted-optimum';
  readonly predictor: Readonly<Record<ConditionGroup, GradeProbabilities>>;
  readonly score: ScoreTerms;
}

/**
 * What a model must beat (issue 7, "below the best constant predictor on the same set"):
 * constants fitted on, and scored on, the very labelled cells the run is scored on.
 */
export interface RunBaseline {
  readonly runId: number;
  readonly studies: number;
  readonly labelledCells: number;
  readonly baselines: readonly ConstantBaselineScore[];
}

export const RunBaselineRequest = z.object({ runId: z.number().int().positive() }).strict();
