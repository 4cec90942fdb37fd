import { z } from 'zod';
import { FolderHandle, RunId, StudyId } from '../ids';
import { defineDomain, method, type Infer } from './defineDomain';
import { byConditionGroup, Condition, Empty, Grade, GradeProbabilities, Level, Timestamp } from './schemaParts';

/** A stored model run as the run list and the dashboard show it. */
export const RunSummary = z.strictObject({
  id: RunId,
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
  status: z.string(),
  provider: z.string().nullable(),
  error: z.string().nullable(),
  /** The models the run used (model_runs.models). */
  models: z
    .array(z.strictObject({ id: z.string(), kind: z.string(), condition: z.string(), version: z.string(), sha256: z.string() }))
    .readonly(),
  /** Studies the run answered. */
  studies: z.number(),
  /** How the run was made (strategy, model folder...). */
  options: z.record(z.string(), z.unknown()),
});
export type RunSummary = Infer<typeof RunSummary>;

/** The competition score (lower is better) and its four parts; null where nothing was scored. */
export const ScoreParts = z.strictObject({
  spinal: z.number().nullable(),
  foraminal: z.number().nullable(),
  subarticular: z.number().nullable(),
  any_severe_spinal: z.number().nullable(),
  score: z.number().nullable(),
  studies: z.number(),
  labelledCells: z.number(),
});
export type ScoreParts = Infer<typeof ScoreParts>;

/** Agreement of two graders on the cells both graded; confusion rows are the first grader, columns the second. */
export const Agreement = z.strictObject({
  n: z.number(),
  accuracy: z.number().nullable(),
  macroF1: z.number().nullable(),
  /** Per grade (Normal/Mild, Moderate, Severe), the first grader taken as truth; null for a grade it never gave. */
  recall: z.array(z.number().nullable()).readonly(),
  precision: z.array(z.number().nullable()).readonly(),
  quadraticKappa: z.number().nullable(),
  linearKappa: z.number().nullable(),
  confusion: z.array(z.array(z.number()).readonly()).readonly(),
});
export type Agreement = Infer<typeof Agreement>;

export const GroupedAgreement = Agreement.extend({ byGroup: byConditionGroup(Agreement) });
export type GroupedAgreement = Infer<typeof GroupedAgreement>;

export const LocalisationSummary = z.strictObject({
  labelledPoints: z.number(),
  /** Labelled points whose location the run answered with a point it located (not a prior). */
  located: z.number(),
  withinMm: z.number(),
  /** Labelled points with the run's point within `withinMm` in patient space. */
  found: z.number(),
  /** found / labelledPoints; null without labelled points. */
  foundRate: z.number().nullable(),
  /** Over the located points, mm. */
  medianMm: z.number().nullable(),
  p90Mm: z.number().nullable(),
  meanMm: z.number().nullable(),
});
export type LocalisationSummary = Infer<typeof LocalisationSummary>;

/** The quality dashboard's figures for one run against the current labels. */
export const RunQuality = z.strictObject({
  run: RunSummary,
  score: ScoreParts,
  /** Labels (rows) against the run's most likely grade (columns). */
  grading: GroupedAgreement,
  localisation: LocalisationSummary.extend({ byGroup: byConditionGroup(LocalisationSummary) }),
});
export type RunQuality = Infer<typeof RunQuality>;

/**
 * A set of grades: the current labels, the imported originals, a run's most likely grades, or a
 * reader's train.csv folder, named by the handle a 'reader-labels' folder dialog granted (issue 13).
 */
export const LabelSetRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('current') }).strict(),
  z.object({ kind: z.literal('imported') }).strict(),
  z.object({ kind: z.literal('run'), runId: RunId }).strict(),
  z.object({ kind: z.literal('folder'), folder: FolderHandle }).strict(),
]);
export type LabelSetRef = Infer<typeof LabelSetRef>;

/** A grade set as main reads it: a folder ref with its granted path resolved (the CLI's user types the path). */
export type LabelSetSource = Exclude<LabelSetRef, { kind: 'folder' }> | { readonly kind: 'folder'; readonly dir: string };

export const LabelSetAgreement = GroupedAgreement.extend({
  first: LabelSetRef,
  second: LabelSetRef,
  /** Cells graded in one set only (not compared). */
  onlyFirst: z.number(),
  onlySecond: z.number(),
});
export type LabelSetAgreement = Infer<typeof LabelSetAgreement>;

/** One cell graded differently by two grade sets (both graded it). */
export const LabelSetDisagreement = z.strictObject({
  /** RSNA row id: `<studyKey>_<condition>_<level>`. */
  rowId: z.string(),
  studyKey: z.string(),
  /** The study in this workspace; null when only a reader's folder knows it (nothing to change here). */
  studyId: StudyId.nullable(),
  condition: Condition,
  level: Level,
  first: Grade,
  second: Grade,
  /** How many grades apart: 1 (one step) or 2 (Normal/Mild against Severe). */
  distance: z.union([z.literal(1), z.literal(2)]),
});
export type LabelSetDisagreement = Infer<typeof LabelSetDisagreement>;

export const LabelSetDisagreements = z.strictObject({
  /** Widest disagreements first, then study key, condition, level; at most `limit`. */
  rows: z.array(LabelSetDisagreement).readonly(),
  /** Every disagreeing cell (of the condition asked for, if any). */
  total: z.number(),
  truncated: z.boolean(),
  /** Disagreeing cells per condition, whatever condition was asked for (the filter's counts). */
  byCondition: z.record(Condition, z.number()),
  /** Rows of a run left out because a blinded first read still hides their study's AI from this reader. */
  hiddenByBlindedRead: z.number(),
});
export type LabelSetDisagreements = Infer<typeof LabelSetDisagreements>;

/** How many disagreement rows one answer carries: a page a reader can work through, never a whole dataset's worth of DOM. */
export const DISAGREEMENT_LIMIT = { default: 500, max: 5000 } as const;

export const RunAnswer = z.strictObject({
  probabilities: GradeProbabilities,
  grade: Grade,
  source: z.string(),
});
export type RunAnswer = Infer<typeof RunAnswer>;

/** One cell of two runs side by side. */
export const ComparedCell = z.strictObject({
  studyId: StudyId,
  studyKey: z.string(),
  condition: Condition,
  level: Level,
  first: RunAnswer.nullable(),
  second: RunAnswer.nullable(),
  label: Grade.nullable(),
  /** The most likely grades differ, or one run has no answer. */
  differs: z.boolean(),
  maxAbsDifference: z.number().nullable(),
});
export type ComparedCell = Infer<typeof ComparedCell>;

export const RunComparison = z.strictObject({
  firstRunId: RunId,
  secondRunId: RunId,
  cells: z.number(),
  differing: z.number(),
  meanAbsDifference: z.number().nullable(),
  agreement: LabelSetAgreement,
  rows: z.array(ComparedCell).readonly(),
  truncated: z.boolean(),
  /** Rows left out because a blinded first read still hides their study's AI from this reader. */
  hiddenByBlindedRead: z.number(),
});
export type RunComparison = Infer<typeof RunComparison>;

/**
 * Automation bias counts over blinded first reads (evaluation/automationBias.ts): the cells where
 * both the reader's first grade and the AI grade it revealed exist, against the current label.
 */
export const AutomationBiasCounts = z.strictObject({
  /** Committed first reads (one per study and reader; overall, a study read by two readers counts twice). */
  firstReads: z.number(),
  /** Cells compared: graded by the reader at the commit and graded by the AI then revealed. */
  cells: z.number(),
  /** First grade equal to the AI's. */
  firstAgreesWithAi: z.number(),
  /** Current label equal to the AI's. */
  finalAgreesWithAi: z.number(),
  /** Current label different from the first grade (a cleared label counts). */
  changedAfterReveal: z.number(),
  /** First grade disagreed with the AI, current label is the AI's. */
  changedTowardAi: z.number(),
  /** First grade agreed with the AI, current label is not the AI's. */
  changedAwayFromAi: z.number(),
  /** changedTowardAi / (cells − firstAgreesWithAi); null when the first grade never disagreed. */
  towardAiRate: z.number().nullable(),
  /** changedAwayFromAi / firstAgreesWithAi; null when the first grade never agreed. */
  awayFromAiRate: z.number().nullable(),
});
export type AutomationBiasCounts = Infer<typeof AutomationBiasCounts>;

export const AutomationBiasRow = AutomationBiasCounts.extend({ reader: z.string() });
export type AutomationBiasRow = Infer<typeof AutomationBiasRow>;

export const AutomationBiasReport = z.strictObject({
  /** One row per reader with a committed first read, by name. */
  readers: z.array(AutomationBiasRow).readonly(),
  /** All readers together. */
  overall: AutomationBiasCounts,
});
export type AutomationBiasReport = Infer<typeof AutomationBiasReport>;

/**
 * Graders against each other (issue 7): agreement between any two grade sets, the cells where they
 * disagree (adjudication settles them with labels:setGrade), and automation bias over blinded first
 * reads. A run's own figures are the runs domain's.
 */
export const qualityContract = defineDomain('quality', {
  agreement: method(z.object({ first: LabelSetRef, second: LabelSetRef }).strict(), LabelSetAgreement),
  disagreements: method(
    z
      .object({
        first: LabelSetRef,
        second: LabelSetRef,
        condition: Condition.optional(),
        limit: z.number().int().min(1).max(DISAGREEMENT_LIMIT.max).optional(),
      })
      .strict(),
    LabelSetDisagreements,
  ),
  automationBias: method(Empty, AutomationBiasReport),
});
