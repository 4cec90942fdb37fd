import type { SliceGeometry } from '../../electron/common/geometry';
import type { Vec3 } from '../../electron/common/geometry';

/**
 * A slice geometry with every value rounded as it will be written to DICOM (DS, at most 16
 * characters, PS3.5 §6.2): positions to 1e-4 mm, direction cosines to 1e-8, spacing to 1e-7 mm.
 * Rendering and the ground truth use these rounded values, so the pixels, the header and the
 * CSV coordinates agree exactly.
 */
export function roundedGeometry(g: SliceGeometry): SliceGeometry {
  const round = (value: number, decimals: number): number => {
    const r = Number(value.toFixed(decimals));
    return Object.is(r, -0) ? 0 : r;
  };
  const vec = (v: Vec3, decimals: number): Vec3 => [round(v[0], decimals), round(v[1], decimals), round(v[2], decimals)];
  return {
    position: vec(g.position, 4),
    rowDirection: vec(g.rowDirection, 8),
    columnDirection: vec(g.columnDirection, 8),
    rowSpacing: round(g.rowSpacing, 7),
    columnSpacing: round(g.columnSpacing, 7),
    rows: g.rows,
    columns: g.columns,
  };
}

/** The geometry of a square field of view `fov` mm wide, `matrix` pixels, centred on `centre`. */
export function centredGeometry(centre: Vec3, rowDirection: Vec3, columnDirection: Vec3, fov: number, matrix: number): SliceGeometry {
  const spacing = Number((fov / matrix).toFixed(7));
  const half = (matrix * spacing) / 2 - spacing / 2;
  const position: Vec3 = [
    centre[0] - half * rowDirection[0] - half * columnDirection[0],
    centre[1] - half * rowDirection[1] - half * columnDirection[1],
    centre[2] - half * rowDirection[2] - half * columnDirection[2],
  ];
  return roundedGeometry({
    position,
    rowDirection,
    columnDirection,
    rowSpacing: spacing,
    columnSpacing: spacing,
    rows: matrix,
    columns: matrix,
  });
}
