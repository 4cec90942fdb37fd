import { z } from 'zod';
import { RunId } from '../ids';
import { type Infer } from './defineDomain';
import { byConditionGroup, GradeProbabilities } from './schemaParts';

/** The competition score's four parts and their mean, as the metric gives them (null where nothing was scored). */
export const ScoreTerms = z.strictObject({
  spinal: z.number().nullable(),
  foraminal: z.number().nullable(),
  subarticular: z.number().nullable(),
  any_severe_spinal: z.number().nullable(),
  score: z.number().nullable(),
});
export type ScoreTerms = Infer<typeof ScoreTerms>;

/** A constant predictor (one probability triple per condition group) scored on a run's labelled cells. */
export const ConstantBaselineScore = z.strictObject({
  /** `frequencies`: the labels' grade frequencies; `weighted-optimum`: the constant with the lowest weighted log loss on them. */
  kind: z.enum(['frequencies', 'weighted-optimum']),
  predictor: byConditionGroup(GradeProbabilities),
  score: ScoreTerms,
});
export type ConstantBaselineScore = Infer<typeof ConstantBaselineScore>;

/**
 * What a model must beat (issue 7, "below the best constant predictor on the same set"):
 * constants fitted on, and scored on, the very labelled cells the run is scored on.
 */
export const RunBaseline = z.strictObject({
  runId: RunId,
  studies: z.number(),
  labelledCells: z.number(),
  baselines: z.array(ConstantBaselineScore).readonly(),
});
export type RunBaseline = Infer<typeof RunBaseline>;
