import type { GreyImage } from './minMaxToUint8';

/** DeepScoreNet's input side (seed-method.md: 32×32×3). */
export const GRADER_CROP = 32;
const HALF = GRADER_CROP / 2;

/**
 * The pixel window of a grader crop: ±16 px around the point, i.e. columns
 * [round(x) − 16, round(x) + 16) and rows [round(y) − 16, round(y) + 16) of the slice (the
 * point's pixel is the 17th of 32, as the seed's `img[y-16:y+16, x-16:x+16]`).
 */
export function graderCropOrigin(x: number, y: number): { column: number; row: number } {
  return { column: Math.round(x) - HALF, row: Math.round(y) - HALF };
}

/**
 * Writes the 32×32×3 crop (NHWC, raw 0–255 values of the min–maxed slice, the grey copied into
 * three channels, no scaling: seed-method.md "DeepScoreNet") at `offset` of `target`. Pixels
 * outside the slice are zero, as the seed padded.
 */
export function writeGraderCrop(image: GreyImage, x: number, y: number, target: Float32Array, offset: number): void {
  const size = GRADER_CROP * GRADER_CROP * 3;
  if (offset + size > target.length) throw new Error('grader target tensor is too small');
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`grader crop centre (${x}, ${y}) is not a finite point`);
  const out = target.subarray(offset, offset + size);
  out.fill(0);
  const origin = graderCropOrigin(x, y);
  const firstRow = Math.max(0, -origin.row);
  const lastRow = Math.min(GRADER_CROP, image.rows - origin.row);
  const firstColumn = Math.max(0, -origin.column);
  const lastColumn = Math.min(GRADER_CROP, image.columns - origin.column);
  for (let r = firstRow; r < lastRow; r++) {
    const sourceRow = (origin.row + r) * image.columns + origin.column;
    for (let c = firstColumn; c < lastColumn; c++) {
      const value = image.data[sourceRow + c] as number;
      const at = (r * GRADER_CROP + c) * 3;
      out[at] = value;
      out[at + 1] = value;
      out[at + 2] = value;
    }
  }
}
