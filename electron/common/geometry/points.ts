import type { Vec3 } from './vector';

declare const imagePointBrand: unique symbol;
declare const patientPointBrand: unique symbol;

/**
 * A position on a slice in pixel units: x along the row (column index), y down the column
 * (row index), the centre of the first pixel at (0, 0) — the convention of RSNA's x, y
 * coordinates and of DICOM PS3.3 C.7.6.2.1.1.
 */
export type ImagePoint = { readonly x: number; readonly y: number } & { readonly [imagePointBrand]: true };

/** A position in DICOM patient coordinates (LPS: +x left, +y posterior, +z superior), in mm. */
export type PatientPoint = Vec3 & { readonly [patientPointBrand]: true };

export function imagePoint(x: number, y: number): ImagePoint {
  return { x, y } as ImagePoint;
}

export function patientPoint(x: number, y: number, z: number): PatientPoint {
  return [x, y, z] as unknown as PatientPoint;
}
