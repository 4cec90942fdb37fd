import { patientPoint, imagePoint, type ImagePoint, type PatientPoint } from './points';
import type { SliceGeometry } from './sliceGeometry';
import { sliceNormal } from './sliceGeometry';
import { dot, sub } from './vector';

/**
 * Pixel → patient (DICOM PS3.3 C.7.6.2.1.1, equation C.7.6.2.1-1):
 * P = S + x·Δc·X + y·Δr·Y, where S is ImagePositionPatient, X the row direction (the first
 * three IOP values), Y the column direction, Δc the column spacing (PixelSpacing[1]) and Δr
 * the row spacing (PixelSpacing[0]); x is the column index, y the row index.
 */
export function pixelToPatient(geometry: SliceGeometry, point: ImagePoint): PatientPoint {
  const { position: s, rowDirection: X, columnDirection: Y, columnSpacing, rowSpacing } = geometry;
  const u = point.x * columnSpacing;
  const v = point.y * rowSpacing;
  return patientPoint(s[0] + u * X[0] + v * Y[0], s[1] + u * X[1] + v * Y[1], s[2] + u * X[2] + v * Y[2]);
}

/**
 * Patient → pixel: the inverse of pixelToPatient for the point's projection onto the slice
 * plane (X and Y are orthonormal, so the inverse is two dot products). `distance` is the signed
 * distance of the point from the plane along the slice normal, in mm.
 */
export function patientToPixel(geometry: SliceGeometry, point: PatientPoint): { point: ImagePoint; distance: number } {
  const d = sub(point, geometry.position);
  const x = dot(d, geometry.rowDirection) / geometry.columnSpacing;
  const y = dot(d, geometry.columnDirection) / geometry.rowSpacing;
  const distance = dot(d, sliceNormal(geometry.rowDirection, geometry.columnDirection));
  return { point: imagePoint(x, y), distance };
}
