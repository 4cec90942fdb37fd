import { z } from 'zod';
import { CONDITION_IDS, type ConditionGroup, type ConditionId, type GradeId, type GradeProbabilities, type LevelId } from '../vocabulary';

/** A stored model run as the run list and the dashboard show it. */
export interface RunSummary {
  readonly id: number;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly status: string;
  readonly provider: string | null;
  readonly error: string | null;
  /** The models the run used (model_runs.models). */
  readonly models: readonly { readonly id: string; readonly kind: string; readonly condition: string; readonly version: string; readonly sha256: string }[];
  /** Studies the run answered. */
  readonly studies: number;
  /** How the run was made (strategy, model folder...). */
  readonly options: Readonly<Record<string, unknown>>;
}

/** The competition score (lower is better) and its four parts; null where nothing was scored. */
export interface ScoreParts {
  readonly spinal: number | null;
  readonly foraminal: number | null;
  readonly subarticular: number | null;
  readonly any_severe_spinal: number | null;
  readonly score: number | null;
  readonly studies: number;
  readonly labelledCells: number;
}

/** Agreement of two graders on the cells both graded; confusion rows are the first grader, columns the second. */
export interface Agreement {
  readonly n: number;
  readonly accuracy: number | null;
  readonly macroF1: number | null;
  /** Per grade (Normal/Mild, Moderate, Severe), the first grader taken as truth; null for a grade it never gave. */
  readonly recall: readonly (number | null)[];
  readonly precision: readonly (number | null)[];
  readonly quadraticKappa: number | null;
  readonly linearKappa: number | null;
  readonly confusion: readonly (readonly number[])[];
}

export interface GroupedAgreement extends Agreement {
  readonly byGroup: Readonly<Record<ConditionGroup, Agreement>>;
}

export interface LocalisationSummary {
  readonly labelledPoints: number;
  /** Labelled points whose location the run answered with a point it located (not a prior). */
  readonly located: number;
  readonly withinMm: number;
  /** Labelled points with the run's point within `withinMm` in patient space. */
  readonly found: number;
  /** found / labelledPoints; null without labelled points. */
  readonly foundRate: number | null;
  /** Over the located points, mm. */
  readonly medianMm: number | null;
  readonly p90Mm: number | null;
  readonly meanMm: number | null;
}

/** The quality dashboard's figures for one run against the current labels. */
export interface RunQuality {
  readonly run: RunSummary;
  readonly score: ScoreParts;
  /** Labels (rows) against the run's most likely grade (columns). */
  readonly grading: GroupedAgreement;
  readonly localisation: LocalisationSummary & { readonly byGroup: Readonly<Record<ConditionGroup, LocalisationSummary>> };
}

/** A set of grades: the current labels, the imported originals, a run's most likely grades, or a reader's train.csv folder. */
export const LabelSetRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('current') }).strict(),
  z.object({ kind: z.literal('imported') }).strict(),
  z.object({ kind: z.literal('run'), runId: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('folder'), dir: z.string().min(1).max(4096) }).strict(),
]);
export type LabelSetRef = z.infer<typeof LabelSetRef>;

export interface LabelSetAgreement extends GroupedAgreement {
  readonly first: LabelSetRef;
  readonly second: LabelSetRef;
  /** Cells graded in one set only (not compared). */
  readonly onlyFirst: number;
  readonly onlySecond: number;
}

/** One cell graded differently by two grade sets (both graded it). */
export interface LabelSetDisagreement {
  /** RSNA row id: `<studyKey>_<condition>_<level>`. */
  readonly rowId: string;
  readonly studyKey: string;
  /** The study in this workspace; null when only a reader's folder knows it (nothing to change here). */
  readonly studyId: number | null;
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly first: GradeId;
  readonly second: GradeId;
  /** How many grades apart: 1 (one step) or 2 (Normal/Mild against Severe). */
  readonly distance: 1 | 2;
}

export interface LabelSetDisagreements {
  /** Widest disagreements first, then study key, condition, level; at most `limit`. */
  readonly rows: readonly LabelSetDisagreement[];
  /** Every disagreeing cell (of the condition asked for, if any). */
  readonly total: number;
  readonly truncated: boolean;
  /** Disagreeing cells per condition, whatever condition was asked for (the filter's counts). */
  readonly byCondition: Readonly<Record<ConditionId, number>>;
  /** Rows of a run left out because a blinded first read still hides their study's AI from this reader. */
  readonly hiddenByBlindedRead: number;
}

/** How many disagreement rows one answer carries: a page a reader can work through, never a whole dataset's worth of DOM. */
export const DISAGREEMENT_LIMIT = { default: 500, max: 5000 } as const;

export interface RunAnswer {
  readonly probabilities: GradeProbabilities;
  readonly grade: GradeId;
  readonly source: string;
}

/** One cell of two runs side by side. */
export interface ComparedCell {
  readonly studyId: number;
  readonly studyKey: string;
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly first: RunAnswer | null;
  readonly second: RunAnswer | null;
  readonly label: GradeId | null;
  /** The most likely grades differ, or one run has no answer. */
  readonly differs: boolean;
  readonly maxAbsDifference: number | null;
}

export interface RunComparison {
  readonly firstRunId: number;
  readonly secondRunId: number;
  readonly cells: number;
  readonly differing: number;
  readonly meanAbsDifference: number | null;
  readonly agreement: LabelSetAgreement;
  readonly rows: readonly ComparedCell[];
  readonly truncated: boolean;
  /** Rows left out because a blinded first read still hides their study's AI from this reader. */
  readonly hiddenByBlindedRead: number;
}

/**
 * Automation bias counts over blinded first reads (evaluation/automationBias.ts): the cells where
 * both the reader's first grade and the AI grade it revealed exist, against the current label.
 */
export interface AutomationBiasCounts {
  /** Committed first reads (one per study and reader; overall, a study read by two readers counts twice). */
  readonly firstReads: number;
  /** Cells compared: graded by the reader at the commit and graded by the AI then revealed. */
  readonly cells: number;
  /** First grade equal to the AI's. */
  readonly firstAgreesWithAi: number;
  /** Current label equal to the AI's. */
  readonly finalAgreesWithAi: number;
  /** Current label different from the first grade (a cleared label counts). */
  readonly changedAfterReveal: number;
  /** First grade disagreed with the AI, current label is the AI's. */
  readonly changedTowardAi: number;
  /** First grade agreed with the AI, current label is not the AI's. */
  readonly changedAwayFromAi: number;
  /** changedTowardAi / (cells − firstAgreesWithAi); null when the first grade never disagreed. */
  readonly towardAiRate: number | null;
  /** changedAwayFromAi / firstAgreesWithAi; null when the first grade never agreed. */
  readonly awayFromAiRate: number | null;
}

export interface AutomationBiasRow extends AutomationBiasCounts {
  readonly reader: string;
}

export interface AutomationBiasReport {
  /** One row per reader with a committed first read, by name. */
  readonly readers: readonly AutomationBiasRow[];
  /** All readers together. */
  readonly overall: AutomationBiasCounts;
}

const RunId = z.number().int().positive();

export const QualityRequests = {
  runs: z.object({}).strict(),
  quality: z.object({ runId: RunId, withinMm: z.number().positive().max(100).optional() }).strict(),
  compare: z
    .object({
      firstRunId: RunId,
      secondRunId: RunId,
      studyIds: z.array(z.number().int().positive()).max(100_000).optional(),
      onlyDifferent: z.boolean().optional(),
      limit: z.number().int().positive().max(1_000_000).optional(),
    })
    .strict(),
  agreement: z.object({ first: LabelSetRef, second: LabelSetRef }).strict(),
  disagreements: z
    .object({
      first: LabelSetRef,
      second: LabelSetRef,
      condition: z.enum(CONDITION_IDS as [ConditionId, ...ConditionId[]]).optional(),
      limit: z.number().int().min(1).max(DISAGREEMENT_LIMIT.max).optional(),
    })
    .strict(),
} as const;
