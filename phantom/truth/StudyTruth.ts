import type { ImagePoint, PatientPoint } from '../../electron/common/geometry';
import type { ConditionId, GradeId, LevelId, SeriesRole } from '../../electron/common/vocabulary';
import type { SpineAnatomy } from '../anatomy/SpineAnatomy';
import type { PulseSequence } from '../contrast/PulseSequence';
import type { StudyPitfalls } from '../protocol/StudyPitfalls';

/** One labelled point as train_label_coordinates.csv holds it, with where it is in space. */
export interface TruthPoint {
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly seriesId: string;
  readonly instanceNumber: number;
  /** (column, row) on the instance, float pixels. */
  readonly pixel: ImagePoint;
  /** The pixel's position in patient space (on the slice plane). */
  readonly patient: PatientPoint;
  /** The anatomical point the label marks (canal centre, foramen, recess). */
  readonly landmark: PatientPoint;
  /** Signed distance of the landmark from the slice plane, mm. */
  readonly distanceFromSlice: number;
}

/** Sizes measured on the anatomy model at one location (mm, mm²). */
export interface LocationMeasurement {
  readonly condition: ConditionId;
  readonly level: LevelId;
  /** Spinal: thecal sac AP diameter at the disc; foraminal: foramen height; subarticular: recess depth. */
  readonly diameterMm: number;
  /** Spinal: sac cross-section area; foraminal: fat and nerve area of the foramen; subarticular: free recess area. */
  readonly areaMm2: number;
}

export interface LocationTruth {
  readonly condition: ConditionId;
  readonly level: LevelId;
  /** null = not labelled (no series shows it, e.g. no axial through L1/L2). */
  readonly grade: GradeId | null;
  /** Continuous severity 0 … 1 behind the grade. */
  readonly severity: number;
  readonly measurement: LocationMeasurement;
}

export interface SeriesTruth {
  readonly seriesId: string;
  readonly role: SeriesRole;
  readonly sequence: PulseSequence;
  readonly description: string;
  readonly seriesInstanceUid: string;
  readonly instanceCount: number;
  readonly files: readonly string[];
}

/** Everything known about one generated study. */
export interface StudyTruth {
  readonly studyId: string;
  readonly studyInstanceUid: string;
  readonly locations: readonly LocationTruth[];
  readonly points: readonly TruthPoint[];
  readonly series: readonly SeriesTruth[];
  readonly pitfalls: StudyPitfalls;
  readonly anatomy: SpineAnatomy;
}
