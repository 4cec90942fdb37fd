import { z } from 'zod';
import { SeriesId, StudyId } from '../ids';
import { defineDomain, method, type Infer } from './defineDomain';
import { JobInfo } from './jobs';
import { FolderHandle } from '../ids';
import { Condition, Grade, Level, RowId, Timestamp } from './schemaParts';
import { GradeCell, PointInfo, StudyStatus } from './studies';

/** Pixel coordinates on an instance (RSNA x, y: column, row); finite, within a generous bound. */
const Coordinate = z.number().finite().min(-100_000).max(100_000);

export const PointPlacement = z.object({ seriesId: SeriesId, instanceNumber: z.number().int(), x: Coordinate, y: Coordinate }).strict();
export type PointPlacement = z.output<typeof PointPlacement>;

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

export const LabelProblem = z.strictObject({
  kind: z.enum(LABEL_PROBLEM_KINDS),
  condition: Condition.nullable(),
  level: Level.nullable(),
  pointId: z.number().nullable(),
  message: z.string(),
});
export type LabelProblem = Infer<typeof LabelProblem>;

/** What the undo and redo buttons offer for a study and reader: the action they would reverse or repeat. */
export const UndoState = z.strictObject({
  undo: z.string().nullable(),
  redo: z.string().nullable(),
});
export type UndoState = Infer<typeof UndoState>;

export const EDIT_SOURCES = ['reader', 'ai', 'undo', 'redo'] as const;
export type EditSource = (typeof EDIT_SOURCES)[number];

/** One audit row (table `edits`): who changed what, when, from what to what, and why. */
export const EditEntry = z.strictObject({
  id: z.number(),
  groupId: z.number(),
  entity: z.enum(['grade', 'point', 'review']),
  entityId: z.number().nullable(),
  action: z.string(),
  condition: Condition.nullable(),
  level: Level.nullable(),
  /** A grade id, a point placement, a study status, or null. */
  before: z.unknown(),
  after: z.unknown(),
  reader: z.string(),
  source: z.enum(EDIT_SOURCES),
  at: Timestamp,
});
export type EditEntry = Infer<typeof EditEntry>;

/** A committed blinded first read: the reader's grades kept as they were before the AI was shown. */
export const FirstReadSummary = z.strictObject({
  reader: z.string(),
  committedAt: Timestamp,
  /** Cells the reader had graded when committing (of 25). */
  gradedCells: z.number(),
  /** Cells where the AI then revealed had a grade. */
  aiCells: z.number(),
});
export type FirstReadSummary = Infer<typeof FirstReadSummary>;

/** A study's current labels with everything the review panel shows beside them. */
export const StudyLabels = z.strictObject({
  studyId: StudyId,
  status: StudyStatus,
  reviewedBy: z.string().nullable(),
  grades: z.array(GradeCell).readonly(),
  points: z.array(PointInfo).readonly(),
  undo: UndoState,
  problems: z.array(LabelProblem).readonly(),
  /** The audit rows of the study's newest change (one edit group), so a history on screen updates without another call. */
  latestEdits: z.array(EditEntry).readonly(),
  /** Blinded first read on and this reader has not committed one here: the AI is not shown (nor sent). */
  aiHidden: z.boolean(),
  /** This reader's committed first read of the study, if any. */
  firstRead: FirstReadSummary.nullable(),
});
export type StudyLabels = Infer<typeof StudyLabels>;

const OfStudy = z.object({ studyId: StudyId }).strict();

/**
 * Correction (issue 4): every action is saved at once, audited, undoable, and answered with the
 * study's labels as they now are; and the RSNA CSV import and export of the labels (engine jobs).
 */
export const labelsContract = defineDomain('labels', {
  get: method(OfStudy, StudyLabels),
  setGrade: method(z.object({ studyId: StudyId, condition: Condition, level: Level, grade: Grade.nullable() }).strict(), StudyLabels),
  movePoint: method(PointPlacement.extend({ pointId: RowId }).strict(), StudyLabels),
  addPoint: method(PointPlacement.extend({ studyId: StudyId, condition: Condition, level: Level }).strict(), StudyLabels),
  deletePoint: method(z.object({ pointId: RowId }).strict(), StudyLabels),
  acceptAi: method(z.object({ studyId: StudyId, condition: Condition, level: Level }).strict(), StudyLabels),
  shiftLevels: method(
    z.object({ studyId: StudyId, seriesId: SeriesId, delta: z.union([z.literal(-1), z.literal(1)]) }).strict(),
    StudyLabels,
  ),
  undo: method(OfStudy, StudyLabels),
  redo: method(OfStudy, StudyLabels),
  history: method(
    z
      .object({
        studyId: StudyId,
        condition: Condition.optional(),
        level: Level.optional(),
        limit: z.number().int().min(1).max(5000).optional(),
      })
      .strict(),
    z.array(EditEntry),
  ),
  import: method(z.object({ folder: FolderHandle }).strict(), JobInfo),
  export: method(z.object({ folder: FolderHandle, variant: z.enum(['corrected', 'original']) }).strict(), JobInfo),
});
