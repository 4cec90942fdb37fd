import { cross, dot, normalize, type Vec3 } from './vector';

/**
 * Where a slice sits in patient space (DICOM PS3.3 C.7.6.2 Image Plane Module):
 * ImagePositionPatient is the centre of the first transmitted pixel; ImageOrientationPatient
 * holds the direction of the rows (first three values, along which the column index grows)
 * and of the columns; PixelSpacing is [row spacing, column spacing] in mm.
 */
export interface SliceGeometry {
  readonly position: Vec3;
  readonly rowDirection: Vec3;
  readonly columnDirection: Vec3;
  /** Distance in mm between the centres of adjacent rows (PixelSpacing[0]). */
  readonly rowSpacing: number;
  /** Distance in mm between the centres of adjacent columns (PixelSpacing[1]). */
  readonly columnSpacing: number;
  readonly rows: number;
  readonly columns: number;
}

/** The slice normal: row direction × column direction (right-handed, PS3.3 C.7.6.2.1.1). */
export function sliceNormal(rowDirection: Vec3, columnDirection: Vec3): Vec3 {
  return normalize(cross(rowDirection, columnDirection));
}

/** Position of a slice along a normal: ImagePositionPatient · normal, in mm. */
export function positionAlongNormal(position: Vec3, normal: Vec3): number {
  return dot(position, normal);
}

export type PlaneOrientation = 'sagittal' | 'coronal' | 'axial' | 'oblique';

/**
 * The anatomical plane a slice is closest to, from its normal's dominant LPS axis; 'oblique'
 * when no axis dominates (largest component of the unit normal below 0.8, about 37° off).
 */
export function planeOrientation(normal: Vec3): PlaneOrientation {
  const ax = Math.abs(normal[0]);
  const ay = Math.abs(normal[1]);
  const az = Math.abs(normal[2]);
  const max = Math.max(ax, ay, az);
  if (max < 0.8) return 'oblique';
  if (max === ax) return 'sagittal';
  if (max === ay) return 'coronal';
  return 'axial';
}
