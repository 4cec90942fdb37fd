import { imagePoint, patientToPixel, pixelToPatient, type PatientPoint } from '../../../common/geometry';
import type { SliceInput } from './StudyInput';

/** A slice pixel position in patient space (LPS, mm), or null without geometry. */
export function patientPointOf(slice: SliceInput, x: number, y: number): PatientPoint | null {
  return slice.geometry ? pixelToPatient(slice.geometry, imagePoint(x, y)) : null;
}

/** The patient-space position of a slice's centre pixel. */
export function sliceCentre(slice: SliceInput): PatientPoint | null {
  return patientPointOf(slice, (slice.columns - 1) / 2, (slice.rows - 1) / 2);
}

/**
 * Where a patient point falls on a slice: its pixel position, its distance from the plane (mm),
 * and whether it lies inside the image (axial stacks angled per disc cover only part of the spine).
 */
export function projectOntoSlice(
  slice: SliceInput,
  point: PatientPoint,
): { x: number; y: number; distance: number; inside: boolean } | null {
  if (!slice.geometry) return null;
  const { point: p, distance } = patientToPixel(slice.geometry, point);
  const inside = p.x >= 0 && p.y >= 0 && p.x <= slice.columns - 1 && p.y <= slice.rows - 1;
  return { x: p.x, y: p.y, distance, inside };
}
