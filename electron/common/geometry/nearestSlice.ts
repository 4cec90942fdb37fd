import { patientToPixel } from './pixelPatientTransforms';
import type { PatientPoint } from './points';
import type { SliceGeometry } from './sliceGeometry';

export interface NearestSlice {
  /** Index into the slices given. */
  readonly index: number;
  /** Signed distance of the point from that slice's plane along its normal, in mm. */
  readonly distance: number;
  /** Whether the point's projection falls on the image (within half a pixel of its edge pixels). */
  readonly insideImage: boolean;
}

/**
 * The slice whose plane is closest to a patient point (for "go to the slice through this
 * point" and for showing a label on the right slice). Distances are measured to each slice's
 * own plane (PS3.3 C.7.6.2.1.1 geometry), so slices need not be parallel or evenly spaced.
 * Ties go to the first slice. Null for an empty series.
 */
export function nearestSlice(slices: readonly SliceGeometry[], point: PatientPoint): NearestSlice | null {
  let best: NearestSlice | null = null;
  slices.forEach((slice, index) => {
    const { point: pixel, distance } = patientToPixel(slice, point);
    if (best !== null && Math.abs(distance) >= Math.abs(best.distance)) return;
    const insideImage = pixel.x >= -0.5 && pixel.x <= slice.columns - 0.5 && pixel.y >= -0.5 && pixel.y <= slice.rows - 0.5;
    best = { index, distance, insideImage };
  });
  return best;
}
