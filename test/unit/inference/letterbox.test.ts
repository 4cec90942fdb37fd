import { describe, expect, it } from 'vitest';
import {
  fromLetterbox,
  LETTERBOX_GREY,
  letterboxGeometry,
  roundHalfEven,
  toLetterbox,
  writeLetterboxed,
} from '../../../electron/core/inference/preprocess/letterbox';
import { minMaxToUint8 } from '../../../electron/core/inference/preprocess/minMaxToUint8';

describe('letterboxGeometry', () => {
  it('scales the long side to S and centres the short side (128×64 into 64)', () => {
    const g = letterboxGeometry(64, 128, 64);
    expect(g).toMatchObject({ width: 64, height: 32, padLeft: 0, padTop: 16, scaleX: 0.5, scaleY: 0.5 });
  });

  it('rounds the short side but maps points with r on both axes, as training mapped labels (100×60 into 64)', () => {
    // r = 0.64; 60·0.64 = 38.4 → 38 rows; padding 26 → 13 above.
    const g = letterboxGeometry(60, 100, 64);
    expect(g).toMatchObject({ width: 64, height: 38, padLeft: 0, padTop: 13 });
    expect(g.scaleX).toBe(0.64);
    expect(g.scaleY).toBe(0.64);
  });

  it('puts the odd padding pixel at the bottom, as Ultralytics round(d/2 − 0.1)', () => {
    const g = letterboxGeometry(37, 64, 64);
    expect(g).toMatchObject({ height: 37, padTop: 13 });
  });

  it("rounds halves to even, as Python's round (101 rows · 0.5 = 50.5 → 50)", () => {
    expect(letterboxGeometry(101, 128, 64).height).toBe(50);
    expect(letterboxGeometry(103, 128, 64).height).toBe(52);
    expect([0.5, 1.5, 2.5, -0.5, 2.4, 2.6].map(roundHalfEven)).toEqual([0, 2, 2, 0, 2, 3]);
  });

  it('maps points there and back exactly', () => {
    for (const [rows, columns, size] of [
      [60, 100, 64],
      [512, 384, 640],
      [256, 256, 640],
      [333, 777, 640],
    ] as const) {
      const g = letterboxGeometry(rows, columns, size);
      for (const [x, y] of [
        [0, 0],
        [columns, rows],
        [12.25, 7.5],
        [columns / 3, rows / 7],
      ] as const) {
        const there = toLetterbox(g, x, y);
        const back = fromLetterbox(g, there.x, there.y);
        expect(back.x).toBeCloseTo(x, 10);
        expect(back.y).toBeCloseTo(y, 10);
      }
      // The slice's corners land on the content's corners (within the half pixel round() moved them).
      expect(toLetterbox(g, 0, 0)).toEqual({ x: g.padLeft, y: g.padTop });
      const corner = toLetterbox(g, columns, rows);
      expect(Math.abs(corner.x - (g.padLeft + g.width))).toBeLessThanOrEqual(0.5);
      expect(Math.abs(corner.y - (g.padTop + g.height))).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('writeLetterboxed', () => {
  it('fills the content with the image, the border with grey 114, the same in all three channels', () => {
    const image = { data: new Uint8Array(64 * 128).fill(255), rows: 64, columns: 128 };
    const g = letterboxGeometry(64, 128, 64);
    const out = new Float32Array(3 * 64 * 64);
    writeLetterboxed(image, g, out, 0);
    for (let c = 0; c < 3; c++) {
      for (let y = 0; y < 64; y++) {
        const expected = Math.fround(y >= 16 && y < 48 ? 1 : LETTERBOX_GREY / 255);
        for (let x = 0; x < 64; x++) expect(out[c * 4096 + y * 64 + x]).toBe(expected);
      }
    }
  });

  it('copies pixels unchanged at scale 1 and writes at the batch offset', () => {
    const data = new Uint8Array(64 * 64).map((_, i) => (i * 7) % 256);
    const out = new Float32Array(2 * 3 * 64 * 64).fill(-1);
    writeLetterboxed({ data, rows: 64, columns: 64 }, letterboxGeometry(64, 64, 64), out, 3 * 64 * 64);
    expect(out[0]).toBe(-1);
    for (let i = 0; i < 64 * 64; i++) expect(out[3 * 4096 + i]).toBe(Math.fround((data[i] as number) / 255));
  });

  it('resamples bilinearly with half-pixel centres (2× upscale of a 2-pixel ramp)', () => {
    // Row [0, 200] → 4 pixels at source positions clamp(-0.25)=0, 0.25, 0.75, clamp(1.25)=1.
    const out = new Float32Array(3 * 4 * 4);
    writeLetterboxed({ data: new Uint8Array([0, 200, 0, 200]), rows: 2, columns: 2 }, letterboxGeometry(2, 2, 4), out, 0);
    expect(Array.from(out.slice(0, 4), (v) => Math.round(v * 255))).toEqual([0, 50, 150, 200]);
  });
});

describe('minMaxToUint8', () => {
  it('stretches the slice range to 0..255, rounding half up', () => {
    const image = minMaxToUint8(new Float32Array([-100, 0, 100, 300, 299.5]), 1, 5);
    // (v + 100) · 255 / 400: 0, 63.75 → 64, 127.5 → 128, 255, 254.68 → 255
    expect(Array.from(image.data)).toEqual([0, 64, 128, 255, 255]);
  });

  it('gives zeros for a constant slice and refuses a wrong size', () => {
    expect(Array.from(minMaxToUint8(new Float32Array([7, 7, 7, 7]), 2, 2).data)).toEqual([0, 0, 0, 0]);
    expect(() => minMaxToUint8(new Float32Array(3), 2, 2)).toThrow(/3 values, expected rows × columns = 2 × 2/);
  });
});
