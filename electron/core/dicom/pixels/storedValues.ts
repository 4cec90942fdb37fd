import type { StoredPixels } from '../../../common/imaging';
import type { ImagePixelAttributes } from './ImagePixelAttributes';

export type { StoredPixels };

/**
 * Container samples → stored values (DICOM PS3.5 §8.1.1, PS3.3 C.7.6.3.1): take the BitsStored
 * bits that end at HighBit, drop everything above them (other bits may hold overlays or
 * garbage), and sign-extend when PixelRepresentation is 1. Codec output is already right-aligned
 * (`rightAligned`), native data is shifted by HighBit + 1 − BitsStored.
 */
export function toStoredValues(samples: Uint8Array | Uint16Array, attributes: ImagePixelAttributes, rightAligned: boolean): StoredPixels {
  const { bitsAllocated, bitsStored, highBit, pixelRepresentation } = attributes;
  const shift = rightAligned ? 0 : highBit + 1 - bitsStored;
  const signed = pixelRepresentation === 1;
  if (bitsStored === bitsAllocated && shift === 0) {
    if (!signed) return samples;
    return bitsAllocated === 8
      ? new Int8Array(samples.buffer, samples.byteOffset, samples.length)
      : new Int16Array(samples.buffer, samples.byteOffset, samples.length);
  }
  const mask = bitsStored >= 32 ? 0xffffffff : 2 ** bitsStored - 1;
  const out = signed
    ? bitsAllocated === 8
      ? new Int8Array(samples.length)
      : new Int16Array(samples.length)
    : bitsAllocated === 8
      ? new Uint8Array(samples.length)
      : new Uint16Array(samples.length);
  const extend = 32 - bitsStored;
  const n = samples.length;
  // Separate loops: the common unsigned, unshifted case is a plain mask (several times faster).
  if (!signed && shift === 0) for (let i = 0; i < n; i++) out[i] = (samples[i] as number) & mask;
  else if (!signed) for (let i = 0; i < n; i++) out[i] = ((samples[i] as number) >>> shift) & mask;
  else for (let i = 0; i < n; i++) out[i] = ((((samples[i] as number) >>> shift) & mask) << extend) >> extend;
  return out;
}
