import type { PatientPoint } from '../../../common/geometry';
import type { ConditionId, LevelId } from '../../../common/vocabulary';
import type { SliceDetection } from '../detect/runDetector';
import type { SliceInput } from './StudyInput';

/** A detection read as a candidate point for one location. */
export interface LocationCandidate {
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly seriesId: number;
  readonly slice: SliceInput;
  readonly x: number;
  readonly y: number;
  readonly score: number;
  /** The point in patient space; null when the slice has no geometry. */
  readonly patient: PatientPoint | null;
  readonly detection: SliceDetection;
}
