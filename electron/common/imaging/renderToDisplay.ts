import type { DecodedFrame } from './DecodedFrame';
import { modalityValue } from './modalityLut';
import { voiTransform, type VoiWindow } from './voiLut';

/** What the grayscale display pipeline reads of a decoded frame. */
export type GrayscaleFrame = Pick<
  DecodedFrame,
  'pixels' | 'bitsStored' | 'pixelRepresentation' | 'photometricInterpretation' | 'rescaleSlope' | 'rescaleIntercept'
>;

export interface DisplayOptions {
  readonly window: VoiWindow;
  /** VOILUTFunction: LINEAR (default), LINEAR_EXACT or SIGMOID. */
  readonly voiLutFunction?: string;
  /** Invert after the VOI LUT; defaults to true for MONOCHROME1. */
  readonly invert?: boolean;
}

/**
 * The grayscale pipeline of DICOM PS3.3 C.11 / PS3.4 N.2 as one lookup table over every
 * possible stored value: Modality LUT (rescale), VOI LUT (window), then — for MONOCHROME1,
 * whose minimum is white (PS3.3 C.7.6.3.1.2) — inversion, to 8-bit display values. Index the
 * table with (stored value − offset).
 */
export function displayLut(frame: Omit<GrayscaleFrame, 'pixels'>, options: DisplayOptions): { table: Uint8Array; offset: number } {
  const { bitsStored, pixelRepresentation, rescaleSlope, rescaleIntercept } = frame;
  const size = 2 ** bitsStored;
  const offset = pixelRepresentation === 1 ? -(size / 2) : 0;
  const voi = voiTransform(options.voiLutFunction, options.window, 0, 255);
  const invert = options.invert ?? frame.photometricInterpretation === 'MONOCHROME1';
  const table = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const y = Math.round(voi(modalityValue(i + offset, rescaleSlope, rescaleIntercept)));
    table[i] = invert ? 255 - y : y;
  }
  return { table, offset };
}

/** Stored grayscale values → 8-bit display values through displayLut. */
export function renderGrayscale(
  frame: GrayscaleFrame,
  options: DisplayOptions,
  out: Uint8Array = new Uint8Array(frame.pixels.length),
): Uint8Array {
  const { table, offset } = displayLut(frame, options);
  const { pixels } = frame;
  const last = table.length - 1;
  for (let i = 0; i < pixels.length; i++) {
    const index = (pixels[i] as number) - offset;
    out[i] = table[index < 0 ? 0 : index > last ? last : index] as number;
  }
  return out;
}

/** 8-bit grey (1 sample) or RGB (3 samples) → RGBA for a canvas ImageData. */
export function toRgba(
  display: Uint8Array,
  samplesPerPixel: 1 | 3,
  out: Uint8ClampedArray = new Uint8ClampedArray((display.length / samplesPerPixel) * 4),
): Uint8ClampedArray {
  const pixels = display.length / samplesPerPixel;
  for (let p = 0; p < pixels; p++) {
    const o = p * 4;
    if (samplesPerPixel === 1) {
      const v = display[p] as number;
      out[o] = v;
      out[o + 1] = v;
      out[o + 2] = v;
    } else {
      out[o] = display[p * 3] as number;
      out[o + 1] = display[p * 3 + 1] as number;
      out[o + 2] = display[p * 3 + 2] as number;
    }
    out[o + 3] = 255;
  }
  return out;
}
