import type { GreyImage } from './minMaxToUint8';

/** Grey of the letterbox border, as Ultralytics pads (114/255). */
export const LETTERBOX_GREY = 114;

/**
 * Where a slice lands inside the S×S detector input, as Ultralytics' LetterBox and our trainer
 * (training/spine_training/data/letterbox.py) place it: scale r = min(S/rows, S/columns), the
 * image resized to round(columns·r) × round(rows·r) pixels (Python's round, half to even) and
 * centred with floor(padding/2) on the top/left side (Ultralytics' round(d/2 − 0.1)). Points map
 * with r on both axes, x' = x·r + padLeft, exactly as training mapped the labels (and as
 * Ultralytics' scale_boxes maps back), so the inverse is exact for what the model learned; where
 * round() changed a side the resized content differs from x·r by under half an input pixel.
 */
export interface LetterboxGeometry {
  readonly size: number;
  readonly sourceRows: number;
  readonly sourceColumns: number;
  readonly width: number;
  readonly height: number;
  readonly padLeft: number;
  readonly padTop: number;
  readonly scaleX: number;
  readonly scaleY: number;
}

export function letterboxGeometry(rows: number, columns: number, size: number): LetterboxGeometry {
  if (!(rows > 0 && columns > 0 && size > 0)) throw new Error(`cannot letterbox a ${columns}×${rows} slice into ${size}×${size}`);
  const r = Math.min(size / rows, size / columns);
  const width = Math.min(size, Math.max(1, roundHalfEven(columns * r)));
  const height = Math.min(size, Math.max(1, roundHalfEven(rows * r)));
  return {
    size,
    sourceRows: rows,
    sourceColumns: columns,
    width,
    height,
    padLeft: Math.floor((size - width) / 2),
    padTop: Math.floor((size - height) / 2),
    scaleX: r,
    scaleY: r,
  };
}

/** Slice pixel coordinates → detector input coordinates (continuous, the same axes as YOLO boxes). */
export function toLetterbox(g: LetterboxGeometry, x: number, y: number): { x: number; y: number } {
  return { x: x * g.scaleX + g.padLeft, y: y * g.scaleY + g.padTop };
}

/** Detector input coordinates → slice pixel coordinates: the exact inverse of toLetterbox. */
export function fromLetterbox(g: LetterboxGeometry, x: number, y: number): { x: number; y: number } {
  return { x: (x - g.padLeft) / g.scaleX, y: (y - g.padTop) / g.scaleY };
}

/**
 * Writes the letterboxed slice as three identical planes (R, G, B: the grey copied, as the seed
 * trained) of `size`² float32 values in 0..1 at `offset` of `target` (an NCHW batch tensor).
 * Resampling is bilinear with pixel centres at +0.5 (OpenCV's INTER_LINEAR, which Ultralytics
 * uses), rounded back to 8-bit as the image Ultralytics feeds is uint8.
 */
export function writeLetterboxed(image: GreyImage, g: LetterboxGeometry, target: Float32Array, offset: number): void {
  const { size } = g;
  const plane = size * size;
  if (offset + 3 * plane > target.length) throw new Error('letterbox target tensor is too small');
  if (image.rows !== g.sourceRows || image.columns !== g.sourceColumns) throw new Error('letterbox geometry does not match the image');
  const red = target.subarray(offset, offset + plane);
  red.fill(LETTERBOX_GREY / 255);
  const xs = sampleTable(g.width, image.columns);
  const ys = sampleTable(g.height, image.rows);
  const src = image.data;
  for (let oy = 0; oy < g.height; oy++) {
    const y0 = ys.low[oy] as number;
    const y1 = ys.high[oy] as number;
    const fy = ys.weight[oy] as number;
    const row0 = y0 * image.columns;
    const row1 = y1 * image.columns;
    const outRow = (oy + g.padTop) * size + g.padLeft;
    for (let ox = 0; ox < g.width; ox++) {
      const x0 = xs.low[ox] as number;
      const x1 = xs.high[ox] as number;
      const fx = xs.weight[ox] as number;
      const top = (src[row0 + x0] as number) * (1 - fx) + (src[row0 + x1] as number) * fx;
      const bottom = (src[row1 + x0] as number) * (1 - fx) + (src[row1 + x1] as number) * fx;
      red[outRow + ox] = Math.round(top * (1 - fy) + bottom * fy) / 255;
    }
  }
  target.copyWithin(offset + plane, offset, offset + plane);
  target.copyWithin(offset + 2 * plane, offset, offset + plane);
}

interface SampleTable {
  readonly low: Int32Array;
  readonly high: Int32Array;
  readonly weight: Float32Array;
}

/** For each output index, the two source indices and the weight of the second (half-pixel centres, edges clamped). */
function sampleTable(outLength: number, inLength: number): SampleTable {
  const low = new Int32Array(outLength);
  const high = new Int32Array(outLength);
  const weight = new Float32Array(outLength);
  const ratio = inLength / outLength;
  for (let i = 0; i < outLength; i++) {
    const source = Math.min(Math.max((i + 0.5) * ratio - 0.5, 0), inLength - 1);
    const l = Math.floor(source);
    low[i] = l;
    high[i] = Math.min(l + 1, inLength - 1);
    weight[i] = source - l;
  }
  return { low, high, weight };
}

/** Python 3's round(): halves go to the even neighbour. */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff < 0.5) return floor;
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}
