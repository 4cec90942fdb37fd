import { Decoder } from 'jpeg-lossless-decoder-js';
import { describeThrown } from '../DecodeError';
import type { DecodedSamples } from './decodedSamples';
import { CodecError } from './decodeWithWasmDecoder';

/**
 * JPEG lossless, non-hierarchical (PS3.5 A.4.1, Process 14, any selection value including the
 * first-order predictor SV1) with jpeg-lossless-decoder-js. Samples wider than 8 bits come
 * back as 16-bit containers; colour is interleaved.
 */
export function decodeJpegLossless(encoded: Uint8Array, bitsAllocated: 8 | 16): DecodedSamples {
  const decoder = new Decoder();
  let output: Uint8Array | Uint16Array;
  try {
    output = decoder.decode(encoded.buffer as ArrayBuffer, encoded.byteOffset, encoded.length, bitsAllocated === 8 ? 1 : 2);
  } catch (error) {
    throw new CodecError(`jpeg-lossless-decoder-js could not decode the frame: ${describeThrown(error)}`);
  }
  const expected = decoder.xDim * decoder.yDim * decoder.numComp;
  if (!output || output.length < expected || expected === 0) {
    throw new CodecError(`jpeg-lossless-decoder-js returned ${output?.length ?? 0} samples, the frame header says ${expected}`);
  }
  const samples = bitsAllocated === 8 ? Uint8Array.from(output.subarray(0, expected)) : Uint16Array.from(output.subarray(0, expected));
  return { samples, width: decoder.xDim, height: decoder.yDim, components: decoder.numComp, convertedToRgb: false };
}
