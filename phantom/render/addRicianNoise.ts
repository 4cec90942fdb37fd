import type { SeededRandom } from '../random/SeededRandom';
import { GAUSSIAN_TABLE_SIZE, gaussianTable } from './gaussianTable';

/**
 * Magnitude-image noise: the scanner measures a complex signal with Gaussian noise of
 * standard deviation σ in each channel, and the image shows its magnitude, so the noise is
 * Rician (Gudbjartsson & Patz, Magn Reson Med 1995): √((s + σn₁)² + (σn₂)²). Air shows the
 * Rayleigh background of real MR instead of zero.
 */
export function addRicianNoise(values: Float32Array, sigma: number, random: SeededRandom): void {
  const table = gaussianTable();
  const mask = GAUSSIAN_TABLE_SIZE - 1;
  // Consecutive pixels read consecutive table entries (independent draws) from random starts:
  // sequential reads stay in cache, where strided ones would miss on every pixel.
  let a = random.uint32() & mask;
  let b = random.uint32() & mask;
  for (let i = 0; i < values.length; i++) {
    const real = (values[i] as number) + sigma * (table[a] as number);
    const imaginary = sigma * (table[b] as number);
    values[i] = Math.sqrt(real * real + imaginary * imaginary);
    a = (a + 1) & mask;
    b = (b + 1) & mask;
  }
}
