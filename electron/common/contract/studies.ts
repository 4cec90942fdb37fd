import { z } from 'zod';
import type { Vec3 } from '../geometry/vector';
import type { ConditionId, GradeId, GradeProbabilities, LevelId, SeriesRole } from '../vocabulary';

export const STUDY_STATUSES = ['new', 'ai_done', 'in_review', 'reviewed'] as const;
export type StudyStatus = (typeof STUDY_STATUSES)[number];

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

export interface StudySummary {
  readonly id: number;
  readonly key: string;
  readonly instances: number;
  /** Series with images, counted by role; `other` are series no rule could place. */
  readonly seriesByRole: { readonly sag_t1: number; readonly sag_t2: number; readonly ax_t2: number; readonly other: number };
  readonly status: StudyStatus;
  readonly labelledCells: number;
  readonly points: number;
  /** Cells where the latest AI run's most likely grade differs from the label. */
  /** Cells where the label and the AI's most likely grade differ; null while a blinded first read hides this study's AI from the reader. */
  readonly disagreements: number | null;
  /** What those disagreements cost under the competition metric (Σ weight · −ln p_AI(label)); null when hidden like the count. */
  readonly disagreementLoss: number | null;
  readonly worstGrade: GradeId | null;
  readonly lastReader: string | null;
  readonly updatedAt: string | null;
  /** Label sanity-check failures (LabelProblem) of the study. */
  readonly labelProblems: number;
}

export const StudyRef = z.object({ studyId: z.number().int().positive() }).strict();
export type StudyRef = z.infer<typeof StudyRef>;

export interface InstanceInfo {
  readonly id: number;
  readonly instanceNumber: number | null;
  readonly rows: number;
  readonly columns: number;
  readonly frames: number;
  readonly position: Vec3 | null;
  readonly rowDirection: Vec3 | null;
  readonly columnDirection: Vec3 | null;
  /** [row spacing, column spacing] in mm. */
  readonly pixelSpacing: readonly [number, number] | null;
  readonly sliceThickness: number | null;
  /** Position along the series normal, mm; the slices are ordered by it. */
  readonly slicePosition: number | null;
}

export interface SeriesInfo {
  readonly id: number;
  readonly key: string;
  readonly role: SeriesRole | null;
  readonly roleSource: string | null;
  readonly description: string | null;
  readonly orientation: string | null;
  readonly instances: readonly InstanceInfo[];
}

export type LabelSource = 'import' | 'reader' | 'ai';

export interface GradeCell {
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly grade: GradeId | null;
  readonly imported: boolean;
  readonly importedGrade: GradeId | null;
  readonly source: LabelSource;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

export interface PointInfo {
  readonly id: number;
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly seriesId: number;
  readonly seriesKey: string;
  readonly instanceNumber: number;
  readonly x: number;
  readonly y: number;
  readonly imported: boolean;
  readonly source: LabelSource;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

export interface PredictionCell {
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly probabilities: GradeProbabilities;
  readonly seriesId: number | null;
  readonly instanceNumber: number | null;
  readonly x: number | null;
  readonly y: number | null;
  readonly confidence: number | null;
  readonly source: string;
}

/** An AI detector's box on one instance (table `detections`, latest run), in pixel coordinates. */
export interface DetectionBox {
  readonly id: number;
  readonly instanceId: number;
  readonly className: string;
  readonly condition: ConditionId | null;
  readonly level: LevelId | null;
  readonly confidence: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface StudyDetail {
  readonly id: number;
  readonly key: string;
  readonly studyInstanceUid: string | null;
  readonly patientId: string | null;
  readonly studyDate: string | null;
  readonly status: StudyStatus;
  readonly reviewedBy: string | null;
  readonly series: readonly SeriesInfo[];
  readonly grades: readonly GradeCell[];
  readonly points: readonly PointInfo[];
  readonly run: { readonly id: number; readonly createdAt: string; readonly provider: string | null } | null;
  readonly predictions: readonly PredictionCell[];
  readonly detections: readonly DetectionBox[];
}
