import type { DecodedSamples } from './decodedSamples';
import { decodeWithWasmDecoder, emscriptenMessage } from './decodeWithWasmDecoder';
import type { WasmCodecs } from './wasmCodecs';

/**
 * JPEG 2000 lossless and lossy (PS3.5 A.4.4, ISO/IEC 15444-1) with OpenJPEG (WASM). OpenJPEG
 * undoes the codestream's multiple-component transform (RCT/ICT), so colour comes back as
 * interleaved RGB (PS3.5 §8.2.4: YBR_RCT / YBR_ICT describe the codestream, not the output).
 */
export function decodeJpeg2000(codecs: WasmCodecs, encoded: Uint8Array): DecodedSamples {
  const { openJpeg } = codecs;
  const decoded = decodeWithWasmDecoder('OpenJPEG (JPEG 2000)', () => new openJpeg.J2KDecoder(), encoded, (error) => emscriptenMessage(openJpeg, error));
  return { ...decoded, convertedToRgb: decoded.components === 3 };
}
