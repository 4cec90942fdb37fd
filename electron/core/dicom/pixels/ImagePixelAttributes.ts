import type { ImagePixelAttributes } from '../../../common/imaging/ImagePixelAttributes';

export type { ImagePixelAttributes };

/** Bytes of one frame of native (uncompressed) pixel data, before any padding (PS3.5 §8.1.1). */
export function nativeFrameBytes(attributes: ImagePixelAttributes): number {
  const { rows, columns, samplesPerPixel, bitsAllocated, photometricInterpretation } = attributes;
  // YBR_FULL_422 stores two luminance samples per chrominance pair (PS3.3 C.7.6.3.1.2).
  const samples = photometricInterpretation === 'YBR_FULL_422' ? rows * columns * 2 : rows * columns * samplesPerPixel;
  return (samples * bitsAllocated) / 8;
}
