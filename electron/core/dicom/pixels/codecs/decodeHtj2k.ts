import type { DecodedSamples } from './decodedSamples';
import { decodeWithWasmDecoder, emscriptenMessage } from './decodeWithWasmDecoder';
import type { WasmCodecs } from './wasmCodecs';

/**
 * High-Throughput JPEG 2000 (PS3.5 A.4.11, ISO/IEC 15444-15) with OpenJPH (WASM); colour
 * comes back interleaved with the colour transform undone.
 */
export function decodeHtj2k(codecs: WasmCodecs, encoded: Uint8Array): DecodedSamples {
  const { openJph } = codecs;
  const decoded = decodeWithWasmDecoder(
    'OpenJPH (HTJ2K)',
    () => new openJph.HTJ2KDecoder(),
    encoded,
    (error) => emscriptenMessage(openJph, error),
  );
  return { ...decoded, convertedToRgb: decoded.components === 3 };
}
