import type { SeriesRole } from '../../electron/common/vocabulary';
import type { SeededRandom } from '../random/SeededRandom';

/**
 * The pitfalls of real RSNA data a study may carry (issue 3; shared/design/rsna-data.md,
 * "Pitfalls"), so every consumer is tested against them.
 */
export interface StudyPitfalls {
  /** Some series number their instances in shuffled order (not spatial). */
  readonly shuffledInstances: boolean;
  /** A series role the study lacks. */
  readonly missingSeries: SeriesRole | null;
  /** How many axial series, each covering different levels. */
  readonly axialSeriesCount: 1 | 2 | 3;
  /** Axial coverage starts at L2/L3: no subarticular grade or point at L1/L2. */
  readonly axialSkipsL1L2: boolean;
  /** SliceThickness written empty in one series. */
  readonly missingSliceThickness: boolean;
  /** One sagittal series changes its matrix size part way through. */
  readonly matrixChange: boolean;
}

export const NO_PITFALLS: StudyPitfalls = {
  shuffledInstances: false,
  missingSeries: null,
  axialSeriesCount: 1,
  axialSkipsL1L2: false,
  missingSliceThickness: false,
  matrixChange: false,
};

/**
 * Draws the pitfalls with about the frequencies of the competition data: 335 of 1,975 studies
 * have several axial series, a handful miss a series; the rest are set to show up often enough
 * to be tested in a few dozen studies.
 */
export function sampleStudyPitfalls(random: SeededRandom): StudyPitfalls {
  const missing = random.chance(0.04)
    ? random.weighted<SeriesRole>([
        ['sag_t1', 0.4],
        ['sag_t2', 0.3],
        ['ax_t2', 0.3],
      ])
    : null;
  return {
    shuffledInstances: random.chance(0.15),
    missingSeries: missing,
    axialSeriesCount: random.weighted<1 | 2 | 3>([
      [1, 0.8],
      [2, 0.15],
      [3, 0.05],
    ]),
    axialSkipsL1L2: random.chance(0.1),
    missingSliceThickness: random.chance(0.06),
    matrixChange: random.chance(0.05),
  };
}
