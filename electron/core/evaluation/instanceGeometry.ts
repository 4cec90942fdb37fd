import type { SliceGeometry } from '../../common/geometry';
import { sliceGeometryLookup } from '../store/studies/instanceRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';

/**
 * Looks up a slice's patient geometry by series and instance number (how labels and predictions
 * name a slice), memoised; null when the instance is not indexed or lacks ImagePositionPatient,
 * ImageOrientationPatient or PixelSpacing. Of several instances with one number, the first.
 */
export function instanceGeometryLookup(db: WorkspaceDb): (seriesId: number, instanceNumber: number) => SliceGeometry | null {
  const lookup = sliceGeometryLookup(db);
  const memo = new Map<string, SliceGeometry | null>();
  return (seriesId, instanceNumber) => {
    const key = `${seriesId}:${instanceNumber}`;
    if (!memo.has(key)) memo.set(key, lookup(seriesId, instanceNumber));
    return memo.get(key) ?? null;
  };
}
