import type { ImagePixelAttributes } from './ImagePixelAttributes';

/** Stored pixel values as the decoder hands them out (grey); colour is Uint8Array RGB. */
export type StoredPixels = Uint8Array | Int8Array | Uint16Array | Int16Array;

/**
 * One decoded frame and what is needed to show it or feed it to a model: THE type for a decoded
 * frame in every layer (made by the decoder in electron/core/dicom/pixels; declared here so the
 * IPC contract and the renderer share it). A function that needs less takes a
 * `Pick<DecodedFrame, …>` of it (issue 12), never a parallel shape. `pixels` holds the
 * STORED values (before the Modality LUT), right-aligned, masked to BitsStored and
 * sign-extended, one per pixel for grey images; colour images are converted to 8-bit RGB,
 * interleaved (and then photometricInterpretation is 'RGB', planarConfiguration 0).
 */
export interface DecodedFrame extends ImagePixelAttributes {
  readonly frameIndex: number;
  /** Of `pixels`: MONOCHROME1, MONOCHROME2 or RGB. */
  readonly photometricInterpretation: string;
  /** As written in the file (e.g. YBR_FULL_422 for a JPEG baseline secondary capture). */
  readonly sourcePhotometricInterpretation: string;
  readonly transferSyntaxUID: string;
  readonly pixels: StoredPixels;
}

/**
 * What the viewer needs of a decoded frame to window and draw it: the renderer applies the
 * grayscale pipeline of PS3.3 C.11 itself, so window and level change without asking main again.
 */
export type DisplayedFrame = Pick<
  DecodedFrame,
  | 'rows'
  | 'columns'
  | 'samplesPerPixel'
  | 'bitsStored'
  | 'pixelRepresentation'
  | 'photometricInterpretation'
  | 'rescaleSlope'
  | 'rescaleIntercept'
  | 'windowCenter'
  | 'windowWidth'
  | 'windowExplanation'
  | 'voiLutFunction'
  | 'pixels'
>;

/**
 * A decoded frame, or a Pick of one, as it crosses a thread or process boundary: the pixels as
 * the bare buffer that is transferred (or structured-cloned), with the typed array to rebuild
 * over it without a copy (pixelsFromBuffer).
 */
export type TransferredFrame<F extends Pick<DecodedFrame, 'pixels'> = DecodedFrame> = Omit<F, 'pixels'> & {
  readonly pixelsType: PixelsType;
  readonly pixels: ArrayBuffer;
};

/** A frame's metadata without its pixels (what travels beside a transferred buffer). */
export type DecodedFrameInfo = Omit<TransferredFrame, 'pixels'>;

export type PixelsType = 'Uint8Array' | 'Int8Array' | 'Uint16Array' | 'Int16Array';

export function pixelsType(pixels: StoredPixels): PixelsType {
  if (pixels instanceof Int8Array) return 'Int8Array';
  if (pixels instanceof Uint16Array) return 'Uint16Array';
  if (pixels instanceof Int16Array) return 'Int16Array';
  return 'Uint8Array';
}

/** Rebuilds the typed array of a transferred pixel buffer. */
export function pixelsFromBuffer(type: PixelsType, buffer: ArrayBuffer): StoredPixels {
  switch (type) {
    case 'Int8Array':
      return new Int8Array(buffer);
    case 'Uint16Array':
      return new Uint16Array(buffer);
    case 'Int16Array':
      return new Int16Array(buffer);
    default:
      return new Uint8Array(buffer);
  }
}
