import { SeededRandom } from '../random/SeededRandom';

const TABLE_BITS = 20;
export const GAUSSIAN_TABLE_SIZE = 1 << TABLE_BITS;
let table: Float32Array | null = null;

/**
 * 2^20 standard normal deviates, drawn once per process from a fixed seed. Noise for a slice
 * reads them in order from a random start, so no value repeats within an image of up to a
 * million pixels and generating noise costs a table read instead of a logarithm and a square
 * root per pixel.
 */
export function gaussianTable(): Float32Array {
  if (table) return table;
  const random = new SeededRandom(0x5eed_0001);
  const values = new Float32Array(GAUSSIAN_TABLE_SIZE);
  for (let i = 0; i < values.length; i++) values[i] = random.normal();
  table = values;
  return values;
}
