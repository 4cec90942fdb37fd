import { planarToInterleaved } from '../colour';
import type { DecodedSamples } from './decodedSamples';
import { decodeWithWasmDecoder, emscriptenMessage } from './decodeWithWasmDecoder';
import type { WasmCodecs } from './wasmCodecs';

/**
 * JPEG-LS lossless and near-lossless (PS3.5 A.4.3, ISO/IEC 14495-1) with CharLS (WASM).
 * CharLS hands back pixel-interleaved samples for line- and sample-interleaved scans, and one
 * plane after another for non-interleaved colour scans (interleave mode 0).
 */
export function decodeJpegLs(codecs: WasmCodecs, encoded: Uint8Array): DecodedSamples {
  const { charls } = codecs;
  let interleaveMode = 1;
  const decoded = decodeWithWasmDecoder(
    'CharLS (JPEG-LS)',
    () => new charls.JpegLSDecoder(),
    encoded,
    (error) => emscriptenMessage(charls, error),
    (decoder) => {
      interleaveMode = (decoder as InstanceType<typeof charls.JpegLSDecoder>).getInterleaveMode();
    },
  );
  if (decoded.components > 1 && interleaveMode === 0) {
    return { ...decoded, samples: planarToInterleaved(decoded.samples, decoded.components) };
  }
  return decoded;
}
