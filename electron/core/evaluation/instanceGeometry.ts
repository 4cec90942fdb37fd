import type { Database } from 'better-sqlite3';
import type { SliceGeometry } from '../../common/geometry';

interface GeometryRow {
  rows: number;
  columns: number;
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
 * Looks up a slice's patient geometry by series and instance number (how labels and predictions
 * name a slice), memoised; null when the instance is not indexed or lacks ImagePositionPatient,
 * ImageOrientationPatient or PixelSpacing. Of several instances with one number, the first.
 */
export function instanceGeometryLookup(db: Database): (seriesId: number, instanceNumber: number) => SliceGeometry | null {
  const statement = db.prepare(
    `SELECT rows, columns, ipp_x, ipp_y, ipp_z, row_x, row_y, row_z, col_x, col_y, col_z, spacing_row, spacing_col
     FROM instances WHERE series_id = ? AND instance_number = ? ORDER BY id LIMIT 1`,
  );
  const memo = new Map<string, SliceGeometry | null>();
  return (seriesId, instanceNumber) => {
    const key = `${seriesId}:${instanceNumber}`;
    if (!memo.has(key)) {
      const r = statement.get(seriesId, instanceNumber) as GeometryRow | undefined;
      memo.set(key, r ? geometryOf(r) : null);
    }
    return memo.get(key) ?? null;
  };
}

function geometryOf(r: GeometryRow): SliceGeometry | null {
  const values = [r.ipp_x, r.ipp_y, r.ipp_z, r.row_x, r.row_y, r.row_z, r.col_x, r.col_y, r.col_z, r.spacing_row, r.spacing_col];
  if (values.some((v) => v === null)) return null;
  return {
    position: [r.ipp_x as number, r.ipp_y as number, r.ipp_z as number],
    rowDirection: [r.row_x as number, r.row_y as number, r.row_z as number],
    columnDirection: [r.col_x as number, r.col_y as number, r.col_z as number],
    rowSpacing: r.spacing_row as number,
    columnSpacing: r.spacing_col as number,
    rows: r.rows,
    columns: r.columns,
  };
}
