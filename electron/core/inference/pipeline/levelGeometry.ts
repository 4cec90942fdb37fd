import { patientPoint, type PatientPoint } from '../../../common/geometry';
import { LEVELS, levelInfo, locationKey, type LevelId } from '../../../common/vocabulary';

/** Disc spacing used for the level check when fewer than two spinal levels were found. */
const DEFAULT_DISC_SPACING_MM = 35;

/**
 * A detection naming level L must sit within half a disc spacing of the spinal point of L
 * (when the spinal detector found L): catches a foramen read one level off.
 */
export function levelAgreement(spinal: ReadonlyMap<LevelId, PatientPoint>): (level: LevelId, z: number) => boolean {
  const known = [...spinal.entries()].map(([level, p]) => ({ index: levelInfo(level).index, z: p[2] })).sort((a, b) => a.index - b.index);
  const gaps = known
    .slice(1)
    .map((k, i) => Math.abs(((known[i] as { z: number }).z - k.z) / (k.index - (known[i] as { index: number }).index)));
  const spacing = median(gaps) ?? DEFAULT_DISC_SPACING_MM;
  return (level, z) => {
    const own = spinal.get(level);
    return !own || Math.abs(own[2] - z) <= spacing / 2;
  };
}

/**
 * The patient point of each level for placing axial slices: the spinal point, else the midpoint
 * of the left and right foramina of that level moved onto the midline.
 */
export function levelPointsFor(
  spinal: ReadonlyMap<LevelId, PatientPoint>,
  foraminal: ReadonlyMap<string, PatientPoint>,
  midlineX: number | null,
): Map<LevelId, PatientPoint> {
  const points = new Map(spinal);
  for (const level of LEVELS) {
    if (points.has(level.id)) continue;
    const sides = (['left_foraminal', 'right_foraminal'] as const)
      .map((condition) => foraminal.get(locationKey({ condition, level: level.id })))
      .filter((p): p is PatientPoint => !!p);
    if (sides.length === 0) continue;
    const mean = (axis: 0 | 1 | 2): number => sides.reduce((sum, p) => sum + p[axis], 0) / sides.length;
    points.set(level.id, patientPoint(midlineX ?? mean(0), mean(1), mean(2)));
  }
  return points;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
