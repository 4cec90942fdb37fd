import { add, cross, normalize, scale, type SliceGeometry, type Vec3 } from '../../../electron/common/geometry';

/** A slice from its centre, orientation and size: hand-made test geometry. */
export function sliceAround(
  center: Vec3,
  rowDirection: Vec3,
  columnDirection: Vec3,
  rows: number,
  columns: number,
  rowSpacing: number,
  columnSpacing: number,
): SliceGeometry {
  const X = normalize(rowDirection);
  const Y = normalize(columnDirection);
  // The first pixel's centre is half the image back along X and Y from the centre.
  const position = add(center, add(scale(X, (-(columns - 1) / 2) * columnSpacing), scale(Y, (-(rows - 1) / 2) * rowSpacing)));
  return { position, rowDirection: X, columnDirection: Y, rowSpacing, columnSpacing, rows, columns };
}

/** Rotates v about a unit axis by angle (Rodrigues). */
export function rotate(v: Vec3, axis: Vec3, degrees: number): Vec3 {
  const k = normalize(axis);
  const t = (degrees * Math.PI) / 180;
  const kv = cross(k, v);
  const kdotv = k[0] * v[0] + k[1] * v[1] + k[2] * v[2];
  return add(add(scale(v, Math.cos(t)), scale(kv, Math.sin(t))), scale(k, kdotv * (1 - Math.cos(t))));
}
