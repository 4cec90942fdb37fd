import type { SeededRandom } from './random/SeededRandom';

/**
 * RSNA-style numeric ids that are unique within a dataset by construction: study `index` owns
 * the block [10⁷ + index·10⁶, 10⁷ + (index + 1)·10⁶) for its study_id and a block of series
 * ids, and draws its ids inside them from its own seeded stream. Unique without any shared
 * state, so studies can be generated in any order or in parallel.
 */
export const MAX_STUDIES = 4000;

export function studyIdFor(index: number, random: SeededRandom): string {
  checkIndex(index);
  return String(10_000_000 + index * 1_000_000 + random.int(0, 999_999));
}

export function seriesIdFor(index: number, seriesIndex: number, random: SeededRandom): string {
  checkIndex(index);
  if (seriesIndex < 0 || seriesIndex >= 8) throw new Error(`series index ${seriesIndex} out of range 0–7`);
  return String(100_000_000 + (index * 8 + seriesIndex) * 100_000 + random.int(0, 99_999));
}

function checkIndex(index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_STUDIES)
    throw new Error(`study index ${index} out of range 0–${MAX_STUDIES - 1}`);
}
