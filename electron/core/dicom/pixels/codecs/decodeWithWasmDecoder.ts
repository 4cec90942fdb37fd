import { describeThrown } from '../DecodeError';
import { clearCodecMessages, codecMessages } from './wasmCodecs';
import { copySamples, type DecodedSamples } from './decodedSamples';

/** The decoder classes of the Cornerstone codecs share this shape. */
export interface WasmDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  decode(): void;
  getFrameInfo(): { width: number; height: number; bitsPerSample: number; componentCount: number };
  getDecodedBuffer(): Uint8Array;
  delete(): void;
}

export class CodecError extends Error {}

/**
 * Runs one Cornerstone WASM decoder on one frame: copy in, decode, check the result is as
 * large as its frame info says, copy out, free the decoder. Emscripten C++ exceptions arrive
 * as numbers; `explain` turns them into the library's message.
 */
export function decodeWithWasmDecoder(
  codecName: string,
  create: () => WasmDecoder,
  encoded: Uint8Array,
  explain: (error: unknown) => string,
  afterDecode?: (decoder: WasmDecoder) => void,
): DecodedSamples & { bitsPerSample: number } {
  clearCodecMessages();
  const decoder = create();
  try {
    try {
      decoder.getEncodedBuffer(encoded.length).set(encoded);
      decoder.decode();
      afterDecode?.(decoder);
    } catch (error) {
      throw new CodecError(`${codecName} could not decode the frame: ${explain(error)}`);
    }
    const info = decoder.getFrameInfo();
    const bytesPerSample = info.bitsPerSample > 8 ? 2 : 1;
    const decoded = decoder.getDecodedBuffer();
    const expected = info.width * info.height * info.componentCount * bytesPerSample;
    if (info.width === 0 || info.height === 0 || decoded.length < expected) {
      const said = codecMessages();
      throw new CodecError(`${codecName} could not decode the frame${said ? `: ${said}` : ' (no image in the codestream)'}`);
    }
    return {
      samples: copySamples(decoded.subarray(0, expected), bytesPerSample),
      width: info.width,
      height: info.height,
      components: info.componentCount,
      bitsPerSample: info.bitsPerSample,
      convertedToRgb: false,
    };
  } finally {
    decoder.delete();
  }
}

/** An Emscripten exception's message, via the module's getExceptionMessage when it has one. */
export function emscriptenMessage(module: { getExceptionMessage?: (error: unknown) => string | [string, string] }, error: unknown): string {
  if (typeof error === 'number' && module.getExceptionMessage) {
    try {
      const message = module.getExceptionMessage(error);
      return Array.isArray(message) ? message.filter(Boolean).join(': ') : message;
    } catch {
      return `exception ${error}`;
    }
  }
  return describeThrown(error);
}
