import type { PointInfo, PointPlacement, StudyDetail } from '../../../../electron/common/contract';
import { nearestSlice, type PatientPoint, type SliceGeometry } from '../../../../electron/common/geometry';
import type { Location } from '../../../../electron/common/vocabulary';
import type { SeriesId } from '../../../../electron/common/ids';
import type { ViewSeries, ViewSlice } from './ViewSeries';

/** A slice whose place in patient space is known. */
export type LocatedSlice = ViewSlice & { geometry: SliceGeometry };

/**
 * Where a location is in the images (product.md "Linked navigation"): its own point, else the
 * AI's, else a point of the same level (another condition), so the views still reach the disc.
 */
export function locationTarget(
  cell: Location,
  points: readonly PointInfo[],
  predictions: StudyDetail['predictions'],
): PointPlacement | undefined {
  const own = points.find((p) => p.condition === cell.condition && p.level === cell.level);
  const ai = predictions.find(
    (p) =>
      p.condition === cell.condition &&
      p.level === cell.level &&
      p.seriesId !== null &&
      p.instanceNumber !== null &&
      p.x !== null &&
      p.y !== null,
  );
  const borrowed = points.find((p) => p.level === cell.level);
  return (
    own ??
    (ai
      ? { seriesId: ai.seriesId as SeriesId, instanceNumber: ai.instanceNumber as number, x: ai.x as number, y: ai.y as number }
      : borrowed)
  );
}

/**
 * Of the candidate series, the slice nearest a patient point: one that holds the point in its
 * image first, then the nearest plane (rsna-data.md pitfall 7: axial stacks covering different
 * levels).
 */
export function nearestSeriesSlice(
  candidates: readonly ViewSeries[],
  patient: PatientPoint,
): { series: ViewSeries; slice: LocatedSlice } | null {
  let best: { series: ViewSeries; slice: LocatedSlice; inside: boolean; distance: number } | null = null;
  for (const series of candidates) {
    const located = series.slices.filter((s): s is LocatedSlice => s.geometry !== null);
    const nearest = nearestSlice(
      located.map((s) => s.geometry),
      patient,
    );
    const slice = nearest ? located[nearest.index] : undefined;
    if (!nearest || !slice) continue;
    const better =
      !best ||
      (nearest.insideImage && !best.inside) ||
      (nearest.insideImage === best.inside && Math.abs(nearest.distance) < best.distance - 1e-6);
    if (better) best = { series, slice, inside: nearest.insideImage, distance: Math.abs(nearest.distance) };
  }
  return best && { series: best.series, slice: best.slice };
}
