import type { ConditionId, LevelId } from '../../../common/vocabulary';
import { classLocation } from '../models/detectorClasses';
import type { SliceDetections } from './detectOnSlices';
import type { LocationCandidate } from './LocationCandidate';
import { patientPointOf } from './slicePatientPoints';
import type { SliceInput } from './StudyInput';

export type Located = { condition: ConditionId; level: LevelId };
export type Detection = SliceDetections['detections'][number];
export type Locate = (slice: SliceInput, detection: Detection) => Located | null;

/**
 * Reads each detection once as a location: its class gives the first guess, `relocate` applies
 * the geometry (and may reject it). Memoised, so storing and choosing see the same answer.
 */
export function memoLocate(relocate: (slice: SliceInput, fromClass: Located, detection: Detection) => Located | null): Locate {
  const memo = new Map<Detection, Located | null>();
  return (slice, detection) => {
    if (!memo.has(detection)) {
      const fromClass = classLocation(detection.className);
      memo.set(detection, fromClass ? relocate(slice, fromClass, detection) : null);
    }
    return memo.get(detection) ?? null;
  };
}

/** The located detections of some slices as candidates, each with its patient-space point. */
export function candidatesOf(
  results: readonly SliceDetections[],
  seriesOf: (slice: SliceInput) => number,
  locate: Locate,
): LocationCandidate[] {
  return results.flatMap(({ slice, detections }) =>
    detections.flatMap((d) => {
      const location = locate(slice, d);
      if (!location) return [];
      const patient = patientPointOf(slice, d.centre.x, d.centre.y);
      return [{ ...location, seriesId: seriesOf(slice), slice, x: d.centre.x, y: d.centre.y, score: d.score, patient, detection: d }];
    }),
  );
}
