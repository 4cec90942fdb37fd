import type { PointInfo } from '../../../../electron/common/contract';
import { dot, imagePoint, patientPoint, pixelToPatient, sliceNormal, sub, type PatientPoint } from '../../../../electron/common/geometry';
import { LEVELS, type LevelId } from '../../../../electron/common/vocabulary';
import type { ViewSeries } from './ViewSeries';

/**
 * The disc level each slice of an axial series covers: the level whose labelled points (mean
 * patient position over the study's points of that level on any series) lie closest to the
 * slice plane, if within half the spacing of neighbouring levels (rsna-data.md pitfall 7: an
 * axial slice's level is best found by projecting the sagittal level points into patient space).
 * A slice half-way between two discs goes to the cranial one.
 */
export function axialSliceLevels(
  axial: ViewSeries,
  seriesById: ReadonlyMap<number, ViewSeries>,
  points: readonly PointInfo[],
): (LevelId | null)[] {
  const anchors = levelAnchors(seriesById, points);
  if (anchors.length === 0) return axial.slices.map(() => null);
  const spacings = anchors.slice(1).map((a, i) => Math.hypot(...sub(a.at, (anchors[i] as (typeof anchors)[number]).at)));
  const reach = spacings.length > 0 ? Math.max(4, Math.min(...spacings) / 2) : 15;
  return axial.slices.map((slice) => {
    const g = slice.geometry;
    if (!g) return null;
    const normal = sliceNormal(g.rowDirection, g.columnDirection);
    let best: { level: LevelId; distance: number } | null = null;
    for (const anchor of anchors) {
      const distance = Math.abs(dot(sub(anchor.at, g.position), normal));
      if (distance <= reach && (!best || distance < best.distance)) best = { level: anchor.level, distance };
    }
    return best?.level ?? null;
  });
}

function levelAnchors(seriesById: ReadonlyMap<number, ViewSeries>, points: readonly PointInfo[]): { level: LevelId; at: PatientPoint }[] {
  const anchors: { level: LevelId; at: PatientPoint }[] = [];
  for (const level of LEVELS) {
    const located: PatientPoint[] = [];
    for (const p of points) {
      if (p.level !== level.id) continue;
      const slice = seriesById.get(p.seriesId)?.slices.find((s) => s.instanceNumber === p.instanceNumber);
      if (slice?.geometry) located.push(pixelToPatient(slice.geometry, imagePoint(p.x, p.y)));
    }
    if (located.length === 0) continue;
    const mean = (axis: 0 | 1 | 2): number => located.reduce((sum, q) => sum + q[axis], 0) / located.length;
    anchors.push({ level: level.id, at: patientPoint(mean(0), mean(1), mean(2)) });
  }
  return anchors;
}
