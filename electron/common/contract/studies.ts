import { z } from 'zod';
import { RunId, SeriesId, StudyId } from '../ids';
import { defineDomain, method, type Infer } from './defineDomain';
import { Condition, Grade, GradeProbabilities, Level, RowId, SeriesRole, Timestamp, Vec3 } from './schemaParts';

export const STUDY_STATUSES = ['new', 'ai_done', 'in_review', 'reviewed'] as const;
export type StudyStatus = (typeof STUDY_STATUSES)[number];
export const StudyStatus = z.enum(STUDY_STATUSES);

export const StudyListQuery = z
  .object({
    search: z.string().max(200).optional(),
    status: z.array(z.enum(STUDY_STATUSES)).optional(),
    disagreement: z.boolean().optional(),
    severe: z.boolean().optional(),
    missingSeries: z.boolean().optional(),
    /** Only studies failing at least one label sanity check. */
    labelProblems: z.boolean().optional(),
    /** A stable random sample, this percentage, of the studies no other filter picks (studies/sampleOfRest.ts). */
    sampleOfRest: z.number().int().min(1).max(100).optional(),
    sort: z
      .object({
        by: z.enum(['key', 'status', 'disagreements', 'worstGrade', 'labelledCells', 'points', 'labelProblems', 'updatedAt']),
        direction: z.enum(['asc', 'desc']),
      })
      .optional(),
  })
  .strict();
export type StudyListQuery = z.infer<typeof StudyListQuery>;

export const StudySummary = z.strictObject({
  id: StudyId,
  key: z.string(),
  instances: z.number(),
  /** Series with images, counted by role; `other` are series no rule could place. */
  seriesByRole: z.strictObject({ sag_t1: z.number(), sag_t2: z.number(), ax_t2: z.number(), other: z.number() }),
  status: StudyStatus,
  labelledCells: z.number(),
  points: z.number(),
  /** Cells where the label and the AI's most likely grade differ; null while a blinded first read hides this study's AI from the reader. */
  disagreements: z.number().nullable(),
  /** What those disagreements cost under the competition metric (Σ weight · −ln p_AI(label)); null when hidden like the count. */
  disagreementLoss: z.number().nullable(),
  worstGrade: Grade.nullable(),
  lastReader: z.string().nullable(),
  updatedAt: Timestamp.nullable(),
  /** Label sanity-check failures (LabelProblem) of the study. */
  labelProblems: z.number(),
});
export type StudySummary = Infer<typeof StudySummary>;

export const StudyRef = z.object({ studyId: StudyId }).strict();
export type StudyRef = z.input<typeof StudyRef>;

export const InstanceInfo = z.strictObject({
  id: RowId,
  instanceNumber: z.number().nullable(),
  rows: z.number(),
  columns: z.number(),
  frames: z.number(),
  position: Vec3.nullable(),
  rowDirection: Vec3.nullable(),
  columnDirection: Vec3.nullable(),
  /** [row spacing, column spacing] in mm. */
  pixelSpacing: z.tuple([z.number(), z.number()]).readonly().nullable(),
  sliceThickness: z.number().nullable(),
  /** Position along the series normal, mm; the slices are ordered by it. */
  slicePosition: z.number().nullable(),
});
export type InstanceInfo = Infer<typeof InstanceInfo>;

export const SeriesInfo = z.strictObject({
  id: SeriesId,
  key: z.string(),
  role: SeriesRole.nullable(),
  roleSource: z.string().nullable(),
  description: z.string().nullable(),
  orientation: z.string().nullable(),
  instances: z.array(InstanceInfo).readonly(),
});
export type SeriesInfo = Infer<typeof SeriesInfo>;

export const LABEL_SOURCES = ['import', 'reader', 'ai'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

export const GradeCell = z.strictObject({
  condition: Condition,
  level: Level,
  grade: Grade.nullable(),
  imported: z.boolean(),
  importedGrade: Grade.nullable(),
  source: z.enum(LABEL_SOURCES),
  updatedBy: z.string().nullable(),
  updatedAt: Timestamp.nullable(),
});
export type GradeCell = Infer<typeof GradeCell>;

export const PointInfo = z.strictObject({
  id: RowId,
  condition: Condition,
  level: Level,
  seriesId: SeriesId,
  seriesKey: z.string(),
  instanceNumber: z.number(),
  x: z.number(),
  y: z.number(),
  imported: z.boolean(),
  source: z.enum(LABEL_SOURCES),
  updatedBy: z.string().nullable(),
  updatedAt: Timestamp.nullable(),
});
export type PointInfo = Infer<typeof PointInfo>;

export const PredictionCell = z.strictObject({
  condition: Condition,
  level: Level,
  probabilities: GradeProbabilities,
  seriesId: SeriesId.nullable(),
  instanceNumber: z.number().nullable(),
  x: z.number().nullable(),
  y: z.number().nullable(),
  confidence: z.number().nullable(),
  source: z.string(),
});
export type PredictionCell = Infer<typeof PredictionCell>;

/** An AI detector's box on one instance (table `detections`, latest run), in pixel coordinates. */
export const DetectionBox = z.strictObject({
  id: RowId,
  instanceId: RowId,
  className: z.string(),
  condition: Condition.nullable(),
  level: Level.nullable(),
  confidence: z.number(),
  x1: z.number(),
  y1: z.number(),
  x2: z.number(),
  y2: z.number(),
});
export type DetectionBox = Infer<typeof DetectionBox>;

export const StudyDetail = z.strictObject({
  id: StudyId,
  key: z.string(),
  studyInstanceUid: z.string().nullable(),
  patientId: z.string().nullable(),
  studyDate: z.string().nullable(),
  status: StudyStatus,
  reviewedBy: z.string().nullable(),
  series: z.array(SeriesInfo).readonly(),
  grades: z.array(GradeCell).readonly(),
  points: z.array(PointInfo).readonly(),
  run: z.strictObject({ id: RunId, createdAt: Timestamp, provider: z.string().nullable() }).nullable(),
  predictions: z.array(PredictionCell).readonly(),
  detections: z.array(DetectionBox).readonly(),
});
export type StudyDetail = Infer<typeof StudyDetail>;

/** The worklist and one study with its images' geometry, labels and the latest run's AI output. */
export const studiesContract = defineDomain('studies', {
  list: method(StudyListQuery, z.array(StudySummary)),
  get: method(StudyRef, StudyDetail),
});
