import type { Database } from 'better-sqlite3';
import type { SliceGeometry } from '../../common/geometry';
import { INSTANCE_GEOMETRY_COLUMNS, sliceGeometryOfRow, type InstanceGeometryRow } from '../studies/instanceGeometryRow';

/**
 * Looks up a slice's patient geometry by series and instance number (how labels and predictions
 * name a slice), memoised; null when the instance is not indexed or lacks ImagePositionPatient,
 * ImageOrientationPatient or PixelSpacing. Of several instances with one number, the first.
 */
export function instanceGeometryLookup(db: Database): (seriesId: number, instanceNumber: number) => SliceGeometry | null {
  const statement = db.prepare(`SELECT ${INSTANCE_GEOMETRY_COLUMNS} FROM instances WHERE series_id = ? AND instance_number = ? ORDER BY id LIMIT 1`);
  const memo = new Map<string, SliceGeometry | null>();
  return (seriesId, instanceNumber) => {
    const key = `${seriesId}:${instanceNumber}`;
    if (!memo.has(key)) {
      const r = statement.get(seriesId, instanceNumber) as InstanceGeometryRow | undefined;
      memo.set(key, r ? sliceGeometryOfRow(r) : null);
    }
    return memo.get(key) ?? null;
  };
}
