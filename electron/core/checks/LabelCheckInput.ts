import type { SliceGeometry } from '../../common/geometry';
import type { ConditionId, GradeId, LevelId, SeriesRole } from '../../common/vocabulary';

/** One current point with what the checks need of its series and instance. */
export interface CheckedPoint {
  readonly id: number;
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly seriesId: number;
  readonly seriesRole: SeriesRole | null;
  /** Images indexed for the series; 0 when only labels are known (nothing to check against). */
  readonly seriesInstances: number;
  readonly instanceNumber: number;
  /** Whether the series has an instance with that number. */
  readonly instanceFound: boolean;
  /** The instance's plane, when found and its header carries the Image Plane Module. */
  readonly geometry: SliceGeometry | null;
  readonly x: number;
  readonly y: number;
}

/** A study's labels as the sanity checks read them. */
export interface LabelCheckInput {
  /** Current non-null grades by location key (`condition:level`). */
  readonly grades: ReadonlyMap<string, GradeId>;
  readonly points: readonly CheckedPoint[];
  /** Patient x (LPS, mm) of the middle of a series' images: the midline estimate of last resort. */
  readonly seriesCentreX: (seriesId: number) => number | null;
}
