import { z } from 'zod';
import { CONDITION_IDS, GRADE_IDS, LEVEL_IDS, type ConditionId, type GradeId, type LevelId } from '../vocabulary';
import type { GradeCell, PointInfo, StudyStatus } from './studies';

const Id = z.number().int().positive();
const Condition = z.enum(CONDITION_IDS as [ConditionId, ...ConditionId[]]);
const Level = z.enum(LEVEL_IDS as [LevelId, ...LevelId[]]);
/** Pixel coordinates on an instance (RSNA x, y: column, row); finite, within a generous bound. */
const Coordinate = z.number().finite().min(-100_000).max(100_000);

export const PointPlacement = z
  .object({ seriesId: Id, instanceNumber: z.number().int(), x: Coordinate, y: Coordinate })
  .strict();
export type PointPlacement = z.infer<typeof PointPlacement>;

export const LabelRequests = {
  get: z.object({ studyId: Id }).strict(),
  setGrade: z.object({ studyId: Id, condition: Condition, level: Level, grade: z.enum(GRADE_IDS as [GradeId, ...GradeId[]]).nullable() }).strict(),
  movePoint: PointPlacement.extend({ pointId: Id }).strict(),
  addPoint: PointPlacement.extend({ studyId: Id, condition: Condition, level: Level }).strict(),
  deletePoint: z.object({ pointId: Id }).strict(),
  acceptAi: z.object({ studyId: Id, condition: Condition, level: Level }).strict(),
  shiftLevels: z.object({ studyId: Id, seriesId: Id, delta: z.union([z.literal(-1), z.literal(1)]) }).strict(),
  undo: z.object({ studyId: Id }).strict(),
  history: z.object({ studyId: Id, condition: Condition.optional(), level: Level.optional(), limit: z.number().int().min(1).max(5000).optional() }).strict(),
  setReview: z.object({ studyId: Id, status: z.enum(['in_review', 'reviewed']) }).strict(),
  commitFirstRead: z.object({ studyId: Id }).strict(),
} as const;

/**
 * The label sanity checks of product.md ("Label sanity checks across a dataset") and the RSNA
 * pitfalls of rsna-data.md.
 */
export const LABEL_PROBLEM_KINDS = [
  'level_order',
  'duplicate_level',
  'wrong_side',
  'wrong_series_type',
  'instance_not_in_series',
  'outside_image',
  'grade_without_point',
  'point_without_grade',
] as const;
export type LabelProblemKind = (typeof LABEL_PROBLEM_KINDS)[number];

export interface LabelProblem {
  readonly kind: LabelProblemKind;
  readonly condition: ConditionId | null;
  readonly level: LevelId | null;
  readonly pointId: number | null;
  readonly message: string;
}

/** What the undo and redo buttons offer for a study and reader: the action they would reverse or repeat. */
export interface UndoState {
  readonly undo: string | null;
  readonly redo: string | null;
}

/** A study's current labels with everything the review panel shows beside them. */
export interface StudyLabels {
  readonly studyId: number;
  readonly status: StudyStatus;
  readonly reviewedBy: string | null;
  readonly grades: readonly GradeCell[];
  readonly points: readonly PointInfo[];
  readonly undo: UndoState;
  readonly problems: readonly LabelProblem[];
  /** The audit rows of the study's newest change (one edit group), so a history on screen updates without another call. */
  readonly latestEdits: readonly EditEntry[];
  /** Blinded first read on and this reader has not committed one here: the AI is not shown (nor sent). */
  readonly aiHidden: boolean;
  /** This reader's committed first read of the study, if any. */
  readonly firstRead: FirstReadSummary | null;
}

/** A committed blinded first read: the reader's grades kept as they were before the AI was shown. */
export interface FirstReadSummary {
  readonly reader: string;
  readonly committedAt: string;
  /** Cells the reader had graded when committing (of 25). */
  readonly gradedCells: number;
  /** Cells where the AI then revealed had a grade. */
  readonly aiCells: number;
}

export type EditSource = 'reader' | 'ai' | 'undo' | 'redo';

/** One audit row (table `edits`): who changed what, when, from what to what, and why. */
export interface EditEntry {
  readonly id: number;
  readonly groupId: number;
  readonly entity: 'grade' | 'point' | 'review';
  readonly entityId: number | null;
  readonly action: string;
  readonly condition: ConditionId | null;
  readonly level: LevelId | null;
  /** A grade id, a point placement, a study status, or null. */
  readonly before: unknown;
  readonly after: unknown;
  readonly reader: string;
  readonly source: EditSource;
  readonly at: string;
}
