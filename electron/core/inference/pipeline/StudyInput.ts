import type { DetectionBox } from '../../../common/contract';
import type { SliceGeometry } from '../../../common/geometry';
import type { ConditionId, GradeProbabilities, LevelId, SeriesRole } from '../../../common/vocabulary';

/**
 * What the engine needs to infer one study, built by the parent from the store and sent to the
 * engine process as plain JSON (no pixels: the engine decodes them itself).
 */
export interface StudyInput {
  /** studies.id */
  readonly studyId: number;
  /** studies.study_key: the RSNA study_id, else the StudyInstanceUID. */
  readonly studyKey: string;
  readonly series: readonly SeriesInput[];
}

export interface SeriesInput {
  /** series.id */
  readonly seriesId: number;
  readonly seriesKey: string;
  readonly role: SeriesRole | null;
  readonly description: string | null;
  /** In spatial order (position along the normal, then instance number). */
  readonly slices: readonly SliceInput[];
}

export interface SliceInput {
  /** instances.id */
  readonly instanceId: number;
  readonly instanceNumber: number | null;
  readonly filePath: string;
  readonly frame: number;
  readonly rows: number;
  readonly columns: number;
  /** Null when the file lacks ImagePositionPatient / ImageOrientationPatient / PixelSpacing. */
  readonly geometry: SliceGeometry | null;
}

/** The modality values of one slice (the one decode path of the app: rescale applied). */
export interface SlicePixels {
  readonly values: Float32Array;
  readonly rows: number;
  readonly columns: number;
}

/** How the engine gets a slice's values; the pixel decoder in production, a synthetic source in tests. */
export type SliceSource = (slice: SliceInput) => Promise<SlicePixels>;

/** Where a prediction's point is. */
export interface PredictionPoint {
  readonly seriesId: number;
  readonly instanceId: number;
  readonly instanceNumber: number | null;
  readonly x: number;
  readonly y: number;
}

/** One of the 25 answers of a study. */
export interface LocationPrediction {
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly probabilities: GradeProbabilities;
  /** 'model': graded at a detected point; 'prior': class priors (missing series, model or detection). */
  readonly source: 'model' | 'prior';
  readonly point: PredictionPoint | null;
  /** The detector score of the point; null for priors. */
  readonly confidence: number | null;
  /** Why the prior was used, or which check shaped the answer. */
  readonly note: string | null;
}

/** A detection kept for display (best per class per slice), in slice pixels: a stored box before it has a row id. */
export type StoredDetection = Omit<DetectionBox, 'id'>;

export interface StudyPrediction {
  readonly studyId: number;
  readonly studyKey: string;
  /** All 25 locations, in train.csv column order. */
  readonly predictions: readonly LocationPrediction[];
  readonly detections: readonly StoredDetection[];
  /** Slices each detector ran on, by condition group. */
  readonly slicesRun: Readonly<Record<string, number>>;
  /** 32×32 crops the graders graded. */
  readonly gradedCrops: number;
  readonly notes: readonly string[];
  readonly milliseconds: number;
}
