import type { GradeId } from '../../electron/common/vocabulary';
import type { SeededRandom } from '../random/SeededRandom';

/**
 * The continuous stenosis severity (0 = wide open … 1 = obliterated) behind a grade: each grade
 * owns a band, with gaps between bands so neighbouring grades stay visibly apart while the
 * anatomy still varies inside a grade (Normal/Mild covers normal and mild narrowing).
 */
export const SEVERITY_BANDS: Readonly<Record<GradeId, readonly [number, number]>> = {
  normal_mild: [0, 0.3],
  moderate: [0.45, 0.68],
  severe: [0.8, 1],
};

export function severityFromGrade(grade: GradeId, random: SeededRandom): number {
  const [lo, hi] = SEVERITY_BANDS[grade];
  return random.uniform(lo, hi);
}
