import { GAUSSIAN_TABLE_SIZE, gaussianTable } from './gaussianTable';

export const TEXTURE_SIZE = 512;
let tile: Float32Array | null = null;

/**
 * A 512 × 512 tile of smooth random texture (unit standard deviation, features a few pixels
 * across): white noise from the Gaussian table blurred by three passes of a box filter (close
 * to a Gaussian blur), wrapping at the edges so any offset can be used. Multiplied into the
 * painted image at a few percent, it gives tissues the mottled look real MR has instead of
 * flat fills.
 */
export function textureTile(): Float32Array {
  if (tile) return tile;
  const n = TEXTURE_SIZE;
  const noise = gaussianTable();
  let a = new Float32Array(n * n);
  for (let i = 0; i < a.length; i++) a[i] = noise[(i * 7919) & (GAUSSIAN_TABLE_SIZE - 1)] as number;
  let b = new Float32Array(n * n);
  const radius = 2;
  for (let pass = 0; pass < 3; pass++) {
    for (const horizontal of [true, false]) {
      for (let y = 0; y < n; y++) {
        for (let x = 0; x < n; x++) {
          let sum = 0;
          for (let k = -radius; k <= radius; k++) {
            const xx = horizontal ? (x + k + n) % n : x;
            const yy = horizontal ? y : (y + k + n) % n;
            sum += a[yy * n + xx] as number;
          }
          b[y * n + x] = sum / (2 * radius + 1);
        }
      }
      [a, b] = [b, a];
    }
  }
  let sumSquares = 0;
  for (const v of a) sumSquares += v * v;
  const scale = 1 / Math.sqrt(sumSquares / a.length);
  for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) * scale;
  tile = a;
  return a;
}

/** Multiplies an image by 1 + amplitude·texture, reading the tile from (offsetX, offsetY). */
export function applyTexture(
  values: Float32Array,
  columns: number,
  rows: number,
  amplitude: number,
  offsetX: number,
  offsetY: number,
): void {
  const t = textureTile();
  const mask = TEXTURE_SIZE - 1;
  for (let y = 0; y < rows; y++) {
    const row = ((y + offsetY) & mask) * TEXTURE_SIZE;
    const start = y * columns;
    for (let x = 0; x < columns; x++) {
      values[start + x] = (values[start + x] as number) * (1 + amplitude * (t[row + ((x + offsetX) & mask)] as number));
    }
  }
}
