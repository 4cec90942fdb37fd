import type { ConditionGroup, ConditionId, GradeId, LevelId, SeriesRole } from '../../../common/vocabulary';
import type { SliceInput } from '../../inference/pipeline/StudyInput';

/** A labelled point of the current labels, resolved to its slice. */
export interface SnapshotPoint {
  readonly condition: ConditionId;
  readonly group: ConditionGroup;
  readonly level: LevelId;
  readonly seriesId: number;
  readonly seriesKey: string;
  readonly instanceNumber: number;
  readonly x: number;
  readonly y: number;
  /** The cell's current grade; null when the cell has none. */
  readonly grade: GradeId | null;
  readonly slice: SliceInput;
}

/** A series that holds points, with every slice in spatial order (the negatives come from them). */
export interface SnapshotSeries {
  readonly seriesId: number;
  readonly seriesKey: string;
  readonly role: SeriesRole | null;
  readonly slices: readonly SliceInput[];
}

export interface SnapshotStudy {
  readonly studyId: number;
  readonly studyKey: string;
  /** Current grades of the labelled cells, by locationKey. */
  readonly grades: ReadonlyMap<string, GradeId>;
  readonly points: readonly SnapshotPoint[];
  readonly series: ReadonlyMap<number, SnapshotSeries>;
}

/** Why a current point cannot be exported. */
export type SkipReason = 'no-image' | 'ambiguous-instance' | 'outside-image' | 'wrong-series-role' | 'no-grade';

export interface SkippedPoint {
  readonly studyKey: string;
  readonly seriesKey: string;
  readonly instanceNumber: number;
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly reason: SkipReason;
}

/** The current (corrected) labels at one instant, as the training exports read them. */
export interface LabelSnapshot {
  readonly takenAt: string;
  /** The last audit entry the snapshot includes (edits.id), null before any edit. */
  readonly lastEditId: number | null;
  /** sha256 of the labels' content (grades and points): equal labels, equal fingerprint. */
  readonly fingerprint: string;
  readonly studies: readonly SnapshotStudy[];
  /** Points that cannot be located on an image (their cell's grade still counts for the folds). */
  readonly unresolved: readonly SkippedPoint[];
}
