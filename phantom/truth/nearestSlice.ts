import { patientToPixel, type PatientPoint } from '../../electron/common/geometry';
import type { SlicePlan } from '../protocol/SeriesPlan';

/** The slice whose plane passes closest to a patient point, with the point's projection on it. */
export function nearestSlice(
  slices: readonly SlicePlan[],
  point: PatientPoint,
): { slice: SlicePlan; projection: ReturnType<typeof patientToPixel> } {
  let best: { slice: SlicePlan; projection: ReturnType<typeof patientToPixel> } | null = null;
  for (const slice of slices) {
    const projection = patientToPixel(slice.geometry, point);
    if (!best || Math.abs(projection.distance) < Math.abs(best.projection.distance)) best = { slice, projection };
  }
  if (!best) throw new Error('no slices to choose from');
  return best;
}
