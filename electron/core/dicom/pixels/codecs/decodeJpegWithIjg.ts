import type { ImagePixelAttributes } from '../ImagePixelAttributes';
import { describeThrown } from '../DecodeError';
import { copySamples, type DecodedSamples } from './decodedSamples';
import { Context } from './dcmjsCodecs';
import { CodecError } from './decodeWithWasmDecoder';
import type { WasmCodecs } from './wasmCodecs';

/**
 * JPEG with the IJG libjpeg 6b builds (8, 12 and 16 bit, as patched by DCMTK for lossless) that
 * dcmjs-codecs ships as WASM: extended sequential 12-bit (PS3.5 A.4.1, Processes 2 & 4;
 * libjpeg-turbo's WASM build is 8-bit only) and lossless (Process 14, any selection value).
 */
export function decodeJpegWithIjg(codecs: WasmCodecs, encoded: Uint8Array, attributes: ImagePixelAttributes): DecodedSamples {
  const context = new Context({
    width: attributes.columns,
    height: attributes.rows,
    bitsAllocated: attributes.bitsAllocated,
    bitsStored: attributes.bitsStored,
    samplesPerPixel: attributes.samplesPerPixel,
    pixelRepresentation: attributes.pixelRepresentation,
    planarConfiguration: attributes.planarConfiguration,
    photometricInterpretation: attributes.photometricInterpretation,
    encodedBuffer: encoded,
  });
  let decoded: Uint8Array | undefined;
  try {
    decoded = codecs.ijg.decodeJpeg(context, { convertColorspaceToRgb: true }).getDecodedBuffer();
  } catch (error) {
    throw new CodecError(`IJG libjpeg could not decode the frame: ${describeThrown(error)}`);
  }
  const bytesPerSample = attributes.bitsAllocated === 16 ? 2 : 1;
  const expected = attributes.rows * attributes.columns * attributes.samplesPerPixel * bytesPerSample;
  if (!decoded || decoded.length < expected) {
    throw new CodecError(`IJG libjpeg returned ${decoded?.length ?? 0} bytes, the frame needs ${expected}`);
  }
  return {
    samples: copySamples(decoded.subarray(0, expected), bytesPerSample),
    width: attributes.columns,
    height: attributes.rows,
    components: attributes.samplesPerPixel,
    convertedToRgb: attributes.samplesPerPixel === 3,
  };
}
