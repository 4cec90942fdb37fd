import type { SliceGeometry, Vec3 } from '../../electron/common/geometry';
import { centredGeometry } from './roundedGeometry';

export interface SagittalStackOptions {
  /** Centre of the middle slice's field of view (LPS, mm). */
  readonly centre: Vec3;
  /** Rotation of the stack about the patient's z axis, radians (a slightly oblique prescription). */
  readonly yaw: number;
  readonly sliceCount: number;
  readonly spacing: number;
  readonly fov: number;
  readonly matrix: number;
  /** The pitfall "matrix size changing inside a series": slices from `fromIndex` on use `matrix`. */
  readonly matrixChange?: { readonly fromIndex: number; readonly matrix: number };
}

/**
 * A sagittal stack, in spatial order from the patient's right to left. Rows run posterior
 * (IOP row direction ≈ +y) and columns run down (−z), the usual sagittal display, so the
 * slice normal (row × column) points to the patient's right.
 */
export function planSagittalStack(o: SagittalStackOptions): SliceGeometry[] {
  const row: Vec3 = [Math.sin(o.yaw), Math.cos(o.yaw), 0];
  const column: Vec3 = [0, 0, -1];
  const towardsLeft: Vec3 = [Math.cos(o.yaw), -Math.sin(o.yaw), 0];
  const slices: SliceGeometry[] = [];
  for (let k = 0; k < o.sliceCount; k++) {
    const offset = (k - (o.sliceCount - 1) / 2) * o.spacing;
    const centre: Vec3 = [o.centre[0] + offset * towardsLeft[0], o.centre[1] + offset * towardsLeft[1], o.centre[2]];
    const matrix = o.matrixChange && k >= o.matrixChange.fromIndex ? o.matrixChange.matrix : o.matrix;
    slices.push(centredGeometry(centre, row, column, o.fov, matrix));
  }
  return slices;
}
