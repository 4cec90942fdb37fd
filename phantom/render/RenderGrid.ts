import { cross, dot, normalize, type Vec3 } from '../../electron/common/geometry';
import type { SliceGeometry } from '../../electron/common/geometry';

/**
 * A grid of pixel centres on a slice plane: pixel (i, j) (column i, row j) sits at
 * origin + i·columnStep + j·rowStep. Built from a DICOM slice geometry (PS3.3 C.7.6.2.1.1)
 * or from a coarser grid over the same field of view.
 */
export interface RenderGrid {
  readonly origin: Vec3;
  /** Patient-space step from one column to the next (row direction × column spacing). */
  readonly columnStep: Vec3;
  /** Patient-space step from one row to the next (column direction × row spacing). */
  readonly rowStep: Vec3;
  readonly columns: number;
  readonly rows: number;
  /** The larger of the two spacings, mm. */
  readonly pixelSize: number;
  readonly normal: Vec3;
}

export function gridFromGeometry(g: SliceGeometry): RenderGrid {
  const columnStep: Vec3 = [g.rowDirection[0] * g.columnSpacing, g.rowDirection[1] * g.columnSpacing, g.rowDirection[2] * g.columnSpacing];
  const rowStep: Vec3 = [g.columnDirection[0] * g.rowSpacing, g.columnDirection[1] * g.rowSpacing, g.columnDirection[2] * g.rowSpacing];
  return {
    origin: g.position,
    columnStep,
    rowStep,
    columns: g.columns,
    rows: g.rows,
    pixelSize: Math.max(g.rowSpacing, g.columnSpacing),
    normal: normalize(cross(g.rowDirection, g.columnDirection)),
  };
}

/**
 * A grid covering the same field of view as `g` with `columns` × `rows` pixels: the field of
 * view spans columns·spacing from the outer edge of the first pixel, so pixel centres of the
 * two grids line up at the edges of the field, not at the first centre.
 */
export function resampledGrid(g: SliceGeometry, columns: number, rows: number): RenderGrid {
  const fovX = g.columns * g.columnSpacing;
  const fovY = g.rows * g.rowSpacing;
  const sx = fovX / columns;
  const sy = fovY / rows;
  const corner: Vec3 = [
    g.position[0] - 0.5 * g.columnSpacing * g.rowDirection[0] - 0.5 * g.rowSpacing * g.columnDirection[0],
    g.position[1] - 0.5 * g.columnSpacing * g.rowDirection[1] - 0.5 * g.rowSpacing * g.columnDirection[1],
    g.position[2] - 0.5 * g.columnSpacing * g.rowDirection[2] - 0.5 * g.rowSpacing * g.columnDirection[2],
  ];
  const origin: Vec3 = [
    corner[0] + 0.5 * sx * g.rowDirection[0] + 0.5 * sy * g.columnDirection[0],
    corner[1] + 0.5 * sx * g.rowDirection[1] + 0.5 * sy * g.columnDirection[1],
    corner[2] + 0.5 * sx * g.rowDirection[2] + 0.5 * sy * g.columnDirection[2],
  ];
  return {
    origin,
    columnStep: [g.rowDirection[0] * sx, g.rowDirection[1] * sx, g.rowDirection[2] * sx],
    rowStep: [g.columnDirection[0] * sy, g.columnDirection[1] * sy, g.columnDirection[2] * sy],
    columns,
    rows,
    pixelSize: Math.max(sx, sy),
    normal: normalize(cross(g.rowDirection, g.columnDirection)),
  };
}

/** Continuous pixel coordinates (column, row) and plane distance of a patient point. */
export function gridCoordinates(grid: RenderGrid, p: Vec3): { column: number; row: number; distance: number } {
  const rel: Vec3 = [p[0] - grid.origin[0], p[1] - grid.origin[1], p[2] - grid.origin[2]];
  return {
    column: dot(rel, grid.columnStep) / dot(grid.columnStep, grid.columnStep),
    row: dot(rel, grid.rowStep) / dot(grid.rowStep, grid.rowStep),
    distance: dot(rel, grid.normal),
  };
}
