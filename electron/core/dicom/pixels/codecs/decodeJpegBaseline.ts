import type { DecodedSamples } from './decodedSamples';
import { decodeWithWasmDecoder, emscriptenMessage } from './decodeWithWasmDecoder';
import type { WasmCodecs } from './wasmCodecs';

/**
 * JPEG baseline, 8-bit (PS3.5 A.4.1, Process 1) with libjpeg-turbo (WASM). libjpeg converts
 * three-component YCbCr scans to RGB (the usual YBR_FULL_422 secondary capture).
 */
export function decodeJpegBaseline(codecs: WasmCodecs, encoded: Uint8Array): DecodedSamples {
  const { libjpegTurbo } = codecs;
  const decoded = decodeWithWasmDecoder(
    'libjpeg-turbo (JPEG baseline)',
    () => new libjpegTurbo.JPEGDecoder(),
    encoded,
    (error) => emscriptenMessage(libjpegTurbo, error),
  );
  return { ...decoded, convertedToRgb: decoded.components === 3 };
}
