import { describe, expect, it } from 'vitest';
import { GRADER_CROP, graderCropOrigin, writeGraderCrop } from '../../../electron/core/inference/preprocess/graderCrop';

/** A 40×40 slice whose pixel (r, c) holds 1 + (r·40 + c) mod 250, never 0, so padding is told apart. */
const rows = 40;
const columns = 40;
const image = { data: new Uint8Array(rows * columns).map((_, i) => 1 + (i % 250)), rows, columns };
const at = (r: number, c: number): number => 1 + ((r * columns + c) % 250);

function crop(x: number, y: number): Float32Array {
  const out = new Float32Array(GRADER_CROP * GRADER_CROP * 3);
  writeGraderCrop(image, x, y, out, 0);
  return out;
}

/** Value of crop pixel (r, c), channel k, NHWC. */
const px = (out: Float32Array, r: number, c: number, k = 0): number => out[(r * GRADER_CROP + c) * 3 + k] as number;

describe('writeGraderCrop', () => {
  it('takes ±16 px around the rounded point, raw 0–255, grey in all three channels', () => {
    const out = crop(20.4, 19.6); // → column 20, row 20; window rows/columns 4..35
    expect(graderCropOrigin(20.4, 19.6)).toEqual({ column: 4, row: 4 });
    for (let r = 0; r < 32; r++) {
      for (let c = 0; c < 32; c++) {
        for (let k = 0; k < 3; k++) expect(px(out, r, c, k)).toBe(at(r + 4, c + 4));
      }
    }
    expect(px(out, 16, 16)).toBe(at(20, 20));
  });

  it('zero-pads past the top-left corner', () => {
    const out = crop(0, 0); // window rows/columns -16..15
    for (let r = 0; r < 32; r++) {
      for (let c = 0; c < 32; c++) {
        const inside = r >= 16 && c >= 16;
        expect(px(out, r, c)).toBe(inside ? at(r - 16, c - 16) : 0);
      }
    }
  });

  it('zero-pads past the bottom-right corner', () => {
    const out = crop(39.4, 39.6); // → column 39, row 40: window columns 23..54, rows 24..55
    for (let r = 0; r < 32; r++) {
      for (let c = 0; c < 32; c++) {
        const inside = 24 + r < rows && 23 + c < columns;
        expect(px(out, r, c, 2)).toBe(inside ? at(24 + r, 23 + c) : 0);
      }
    }
    expect(px(out, 15, 16)).toBe(at(39, 39));
    expect(px(out, 16, 16)).toBe(0);
  });

  it('gives all zeros for a point wholly outside, and writes at the batch offset', () => {
    const out = new Float32Array(2 * 32 * 32 * 3).fill(-1);
    writeGraderCrop(image, -50, 100, out, 32 * 32 * 3);
    expect(out[0]).toBe(-1);
    expect(out.subarray(32 * 32 * 3).every((v) => v === 0)).toBe(true);
    expect(() => writeGraderCrop(image, Number.NaN, 1, out, 0)).toThrow(/not a finite point/);
  });
});
