/**
 * What a codec hands back: the frame's samples in a fresh buffer (not a view into WASM
 * memory), colour interleaved R1G1B1R2…, one container value per sample. 16-bit samples are
 * bit patterns; the glue masks and sign-extends them to BitsStored (storedValues.ts).
 */
export interface DecodedSamples {
  readonly samples: Uint8Array | Uint16Array;
  readonly width: number;
  readonly height: number;
  readonly components: number;
  /** True when the codec already turned YCbCr into RGB (JPEG baseline, JPEG 2000 MCT). */
  readonly convertedToRgb: boolean;
}

/** Copies a codec's output bytes into a fresh typed array of the container size. */
export function copySamples(bytes: Uint8Array, bytesPerSample: 1 | 2): Uint8Array | Uint16Array {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return bytesPerSample === 1 ? copy : new Uint16Array(copy.buffer, 0, copy.length >> 1);
}
