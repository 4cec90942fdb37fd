import { type ConditionGroup, type LevelId, LEVEL_IDS, LOCATIONS, conditionInfo } from '../../electron/common/vocabulary';
import { normalCdf } from './normalCdf';

/**
 * Grade frequencies of the RSNA 2024 training labels (shared/design/rsna-data.md, "train.csv"):
 * 77.4% Normal/Mild, 16.3% Moderate, 6.3% Severe over all labelled cells.
 */
export const RSNA_GRADE_FREQUENCIES = { normal_mild: 0.774, moderate: 0.163, severe: 0.063 } as const;

/**
 * Mean liability per condition group and level (L1/L2 … L5/S1): stenosis gathers at L3–S1 as
 * in the competition data (central stenosis at L3/L4–L4/L5, foraminal at L4/L5–L5/S1,
 * subarticular at L4/L5), and L1/L2 is mostly normal.
 */
export const LEVEL_LIABILITY: Readonly<Record<ConditionGroup, readonly number[]>> = {
  spinal: [-0.75, -0.3, 0.15, 0.55, -0.35],
  foraminal: [-0.8, -0.45, 0.0, 0.4, 0.5],
  subarticular: [-0.6, -0.25, 0.1, 0.5, 0.1],
};

/**
 * Shares of the liability's unit variance: a per-study factor (age), a per-level factor
 * (degeneration of that motion segment, so spinal, foraminal and subarticular grades of a level
 * agree more often than chance) and the location's own part.
 */
export const LIABILITY_WEIGHTS = { study: 0.35, level: 0.55, own: Math.sqrt(1 - 0.35 ** 2 - 0.55 ** 2) } as const;

export function liabilityMean(group: ConditionGroup, level: LevelId): number {
  return LEVEL_LIABILITY[group][LEVEL_IDS.indexOf(level)] as number;
}

/**
 * The two cut points on the liability scale that reproduce the RSNA frequencies on average over
 * the 25 locations, found by bisection on the mixture CDF.
 */
export const GRADE_THRESHOLDS = (() => {
  const means = LOCATIONS.map((loc) => liabilityMean(conditionInfo(loc.condition).group, loc.level));
  const mixtureCdf = (x: number): number => means.reduce((sum, mean) => sum + normalCdf(x - mean), 0) / means.length;
  const solve = (target: number): number => {
    let lo = -6;
    let hi = 6;
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2;
      if (mixtureCdf(mid) < target) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  return {
    moderate: solve(RSNA_GRADE_FREQUENCIES.normal_mild),
    severe: solve(RSNA_GRADE_FREQUENCIES.normal_mild + RSNA_GRADE_FREQUENCIES.moderate),
  };
})();
