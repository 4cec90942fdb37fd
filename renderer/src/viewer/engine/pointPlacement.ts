import type { PointPlacement } from '../../../../electron/common/contract';
import type { ViewSeries, ViewSlice } from './ViewSeries';
import type { CanvasPoint } from './ViewTransform';

/** A label point at an image position of the slice a view shows, to 0.01 px; none where the slice has no instance number. */
export function pointPlacement(series: ViewSeries | null, slice: ViewSlice | undefined, at: CanvasPoint): PointPlacement | null {
  if (!series || !slice || slice.instanceNumber === null) return null;
  return { seriesId: series.id, instanceNumber: slice.instanceNumber, x: round2(at.x), y: round2(at.y) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
