import type { OpenJpegBinding } from '@spine-review/openjpeg-native';
import type { DecodedSamples } from './decodedSamples';
import { CodecError, decodeWithWasmDecoder, emscriptenMessage } from './decodeWithWasmDecoder';
import { jpeg2000Decoder, jpeg2000Threads } from './nativeOpenJpeg';
import type { WasmCodecs } from './wasmCodecs';

/** What the DICOM header promises (PS3.3 C.7.6.3 Rows, Columns): checked before decoding natively. */
export interface Jpeg2000FrameSize {
  readonly rows: number;
  readonly columns: number;
}

/**
 * JPEG 2000 lossless and lossy (PS3.5 A.4.4, ISO/IEC 15444-1) with OpenJPEG: natively when the
 * binding is built, else compiled to WASM (nativeOpenJpeg.ts). OpenJPEG undoes the
 * codestream's multiple-component transform (RCT/ICT), so colour comes back as interleaved RGB
 * (PS3.5 §8.2.4: YBR_RCT / YBR_ICT describe the codestream, not the output).
 */
export function decodeJpeg2000(encoded: Uint8Array, size: Jpeg2000FrameSize, wasmCodecs: () => WasmCodecs): DecodedSamples {
  const decoder = jpeg2000Decoder();
  return decoder.kind === 'native' ? decodeJpeg2000Natively(decoder.binding, encoded, size) : decodeJpeg2000WithWasm(wasmCodecs(), encoded);
}

export function decodeJpeg2000Natively(binding: OpenJpegBinding, encoded: Uint8Array, size: Jpeg2000FrameSize): DecodedSamples {
  let frame;
  try {
    frame = binding.decode(encoded, size.columns, size.rows, jpeg2000Threads(size.rows * size.columns));
  } catch (error) {
    throw new CodecError(`OpenJPEG (JPEG 2000) could not decode the frame: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    samples: frame.bitsPerSample > 8 ? new Uint16Array(frame.samples) : new Uint8Array(frame.samples),
    width: frame.width,
    height: frame.height,
    components: frame.components,
    convertedToRgb: frame.components === 3,
  };
}

export function decodeJpeg2000WithWasm(codecs: WasmCodecs, encoded: Uint8Array): DecodedSamples {
  const { openJpeg } = codecs;
  const decoded = decodeWithWasmDecoder(
    'OpenJPEG (JPEG 2000)',
    () => new openJpeg.J2KDecoder(),
    encoded,
    (error) => emscriptenMessage(openJpeg, error),
  );
  return { ...decoded, convertedToRgb: decoded.components === 3 };
}
