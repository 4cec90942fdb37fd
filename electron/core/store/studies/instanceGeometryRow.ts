import type { SliceGeometry } from '../../../common/geometry';

/** The geometry columns of `instances`, as every query that needs a slice's patient-space geometry selects them. */
export const INSTANCE_GEOMETRY_COLUMNS =
  'rows, columns, ipp_x, ipp_y, ipp_z, row_x, row_y, row_z, col_x, col_y, col_z, spacing_row, spacing_col';

export interface InstanceGeometryRow {
  rows: number | null;
  columns: number | null;
  ipp_x: number | null;
  ipp_y: number | null;
  ipp_z: number | null;
  row_x: number | null;
  row_y: number | null;
  row_z: number | null;
  col_x: number | null;
  col_y: number | null;
  col_z: number | null;
  spacing_row: number | null;
  spacing_col: number | null;
}

/**
 * A stored instance's SliceGeometry (PS3.3 C.7.6.2: IPP, IOP, PixelSpacing), or null when the
 * file lacked any of it (such a slice can be shown but not placed in patient space).
 */
export function sliceGeometryOfRow(r: InstanceGeometryRow): SliceGeometry | null {
  const { rows, columns, ipp_x, ipp_y, ipp_z, row_x, row_y, row_z, col_x, col_y, col_z, spacing_row, spacing_col } = r;
  if (
    rows === null ||
    columns === null ||
    ipp_x === null ||
    ipp_y === null ||
    ipp_z === null ||
    row_x === null ||
    row_y === null ||
    row_z === null ||
    col_x === null ||
    col_y === null ||
    col_z === null ||
    spacing_row === null ||
    spacing_col === null
  ) {
    return null;
  }
  return {
    position: [ipp_x, ipp_y, ipp_z],
    rowDirection: [row_x, row_y, row_z],
    columnDirection: [col_x, col_y, col_z],
    rowSpacing: spacing_row,
    columnSpacing: spacing_col,
    rows,
    columns,
  };
}
