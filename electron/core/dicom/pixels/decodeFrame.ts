import { decodeHtj2k } from './codecs/decodeHtj2k';
import { decodeJpeg2000 } from './codecs/decodeJpeg2000';
import { decodeJpegBaseline } from './codecs/decodeJpegBaseline';
import { decodeJpegLossless } from './codecs/decodeJpegLossless';
import { decodeJpegWithIjg } from './codecs/decodeJpegWithIjg';
import { decodeJpegLs } from './codecs/decodeJpegLs';
import { decodeRle } from './codecs/decodeRle';
import type { DecodedSamples } from './codecs/decodedSamples';
import { loadedCodecs, type WasmCodecs } from './codecs/wasmCodecs';
import { ybrFull422ToRgb, ybrFullToRgb } from './colour';
import { DecodeError, describeThrown } from './DecodeError';
import type { DecodedFrame } from '../../../common/imaging';
import { encapsulatedFrame, nativeFrame } from './frameBytes';
import type { ImagePixelAttributes } from './ImagePixelAttributes';
import { readPixelDataset, type PixelDataset } from './readPixelDataset';
import { toStoredValues, type StoredPixels } from './storedValues';

/**
 * Decodes one frame of a DICOM file: the one decode path of the viewer and the models.
 * Synchronous. Native, deflated, big endian and RLE files decode at once; the other
 * compressed syntaxes need the WASM codecs, loaded once per thread with `await initCodecs()`.
 * Every failure is a DecodeError naming the file.
 */
export function decodeFrame(filePath: string, frameIndex = 0): DecodedFrame {
  return decodeDatasetFrame(readPixelDataset(filePath), frameIndex);
}

export function decodeDatasetFrame(dataset: PixelDataset, frameIndex = 0): DecodedFrame {
  const { filePath, attributes, transferSyntax } = dataset;
  if (!Number.isInteger(frameIndex) || frameIndex < 0 || frameIndex >= attributes.frames) {
    throw new DecodeError(filePath, `frame ${frameIndex} out of range: the file has ${attributes.frames} frame(s)`);
  }
  let result: { pixels: StoredPixels; colour: boolean };
  try {
    if (transferSyntax.family === 'native') {
      result = fromNative(nativeFrame(dataset, frameIndex), attributes);
    } else {
      const decoded = decodeEncapsulated(dataset, encapsulatedFrame(dataset, frameIndex));
      checkSize(decoded, attributes);
      result = fromDecoded(decoded, attributes);
    }
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError(filePath, `${transferSyntax.name}: ${describeThrown(error)}`, { cause: error });
  }
  const { pixels, colour } = result;
  return {
    rows: attributes.rows,
    columns: attributes.columns,
    frames: attributes.frames,
    frameIndex,
    samplesPerPixel: attributes.samplesPerPixel,
    bitsAllocated: colour ? 8 : attributes.bitsAllocated,
    bitsStored: colour ? 8 : attributes.bitsStored,
    highBit: colour ? 7 : attributes.highBit,
    pixelRepresentation: colour ? 0 : attributes.pixelRepresentation,
    photometricInterpretation: colour ? 'RGB' : attributes.photometricInterpretation,
    sourcePhotometricInterpretation: attributes.photometricInterpretation,
    planarConfiguration: 0,
    rescaleSlope: attributes.rescaleSlope,
    rescaleIntercept: attributes.rescaleIntercept,
    windowCenter: attributes.windowCenter,
    windowWidth: attributes.windowWidth,
    windowExplanation: attributes.windowExplanation,
    voiLutFunction: attributes.voiLutFunction,
    transferSyntaxUID: transferSyntax.uid,
    pixels,
  };
}

function requireCodecs(dataset: PixelDataset): WasmCodecs {
  const codecs = loadedCodecs();
  if (!codecs)
    throw new DecodeError(
      dataset.filePath,
      `${dataset.transferSyntax.name} needs the WASM codecs: await initCodecs() once before decoding`,
    );
  return codecs;
}

function decodeEncapsulated(dataset: PixelDataset, encoded: Uint8Array): DecodedSamples {
  const { attributes, transferSyntax } = dataset;
  switch (transferSyntax.family) {
    case 'rle':
      return decodeRle(encoded, attributes);
    case 'jpegLossless':
      return decodeLossless(requireCodecs(dataset), encoded, attributes);
    case 'jpegBaseline':
      // Some writers label 12-bit extended streams as baseline; IJG reads both.
      return attributes.bitsStored > 8
        ? decodeJpegWithIjg(requireCodecs(dataset), encoded, attributes)
        : decodeJpegBaseline(requireCodecs(dataset), encoded);
    case 'jpegExtended':
      return decodeJpegWithIjg(requireCodecs(dataset), encoded, attributes);
    case 'jpegLs':
      return decodeJpegLs(requireCodecs(dataset), encoded);
    case 'jpeg2000':
      return decodeJpeg2000(encoded, attributes, () => requireCodecs(dataset));
    case 'htj2k':
      return decodeHtj2k(requireCodecs(dataset), encoded);
    default:
      throw new Error(`no decoder for ${transferSyntax.uid}`);
  }
}

/**
 * JPEG lossless: IJG first (3–4× faster here than jpeg-lossless-decoder-js, and exact where the
 * latter drops the last pixel of an odd-sized 8-bit image), jpeg-lossless-decoder-js as a
 * second opinion for streams IJG refuses.
 */
function decodeLossless(codecs: WasmCodecs, encoded: Uint8Array, attributes: ImagePixelAttributes): DecodedSamples {
  try {
    return decodeJpegWithIjg(codecs, encoded, attributes);
  } catch (ijgError) {
    try {
      return decodeJpegLossless(encoded, attributes.bitsAllocated);
    } catch (fallbackError) {
      throw new Error(`${describeThrown(ijgError)}; ${describeThrown(fallbackError)}`, { cause: fallbackError });
    }
  }
}

/** The codec must return exactly the frame the header describes, or nothing is shown. */
function checkSize(decoded: DecodedSamples, attributes: ImagePixelAttributes): void {
  const { rows, columns, samplesPerPixel } = attributes;
  if (decoded.width !== columns || decoded.height !== rows || decoded.components !== samplesPerPixel) {
    throw new Error(
      `the codestream holds ${decoded.width}×${decoded.height}×${decoded.components}, the header says ${columns}×${rows}×${samplesPerPixel}`,
    );
  }
  const expected = rows * columns * samplesPerPixel;
  if (decoded.samples.length !== expected)
    throw new Error(`the codec returned ${decoded.samples.length} samples, the frame has ${expected}`);
}

function fromNative(bytes: Uint8Array, attributes: ImagePixelAttributes): { pixels: StoredPixels; colour: boolean } {
  const { rows, columns, samplesPerPixel, photometricInterpretation, planarConfiguration, bitsAllocated } = attributes;
  if (samplesPerPixel === 3) {
    if (bitsAllocated !== 8)
      return { pixels: rgb16To8(samplesOf(bytes, 16) as Uint16Array, attributes, planarConfiguration === 1), colour: true };
    if (photometricInterpretation === 'YBR_FULL_422') return { pixels: ybrFull422ToRgb(bytes, rows, columns), colour: true };
    const interleaved = planarConfiguration === 1 ? planarToInterleavedBytes(bytes) : bytes.slice();
    return { pixels: photometricInterpretation === 'YBR_FULL' ? ybrFullToRgb(interleaved) : interleaved, colour: true };
  }
  // Read through a view of the file bytes when aligned; the result must own its buffer.
  const samples =
    bitsAllocated === 8
      ? bytes
      : bytes.byteOffset % 2 === 0
        ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1)
        : samplesOf(bytes, 16);
  const stored = toStoredValues(samples, attributes, false);
  return { pixels: stored.buffer === bytes.buffer ? stored.slice() : stored, colour: false };
}

function fromDecoded(decoded: DecodedSamples, attributes: ImagePixelAttributes): { pixels: StoredPixels; colour: boolean } {
  if (attributes.samplesPerPixel === 3) {
    const samples = decoded.samples instanceof Uint16Array ? rgb16To8(decoded.samples, attributes, false) : decoded.samples;
    const isYbr = attributes.photometricInterpretation.startsWith('YBR_FULL');
    return { pixels: isYbr && !decoded.convertedToRgb ? ybrFullToRgb(samples) : samples, colour: true };
  }
  return { pixels: toStoredValues(decoded.samples, attributes, true), colour: false };
}

/** A fresh, aligned copy of the frame's samples in their container size. */
function samplesOf(bytes: Uint8Array, bitsAllocated: number): Uint8Array | Uint16Array {
  const copy = bytes.slice();
  return bitsAllocated === 8 ? copy : new Uint16Array(copy.buffer, 0, copy.length >> 1);
}

function planarToInterleavedBytes(bytes: Uint8Array): Uint8Array {
  const pixels = bytes.length / 3;
  const out = new Uint8Array(bytes.length);
  for (let p = 0; p < pixels; p++) {
    out[p * 3] = bytes[p] as number;
    out[p * 3 + 1] = bytes[pixels + p] as number;
    out[p * 3 + 2] = bytes[2 * pixels + p] as number;
  }
  return out;
}

/** 16-bit colour (rare, shown only) → 8-bit RGB, keeping the top 8 of BitsStored bits. */
function rgb16To8(samples: Uint16Array, attributes: ImagePixelAttributes, planar: boolean): Uint8Array {
  const shift = Math.max(0, attributes.bitsStored - 8);
  const out = new Uint8Array(samples.length);
  const pixels = samples.length / 3;
  for (let i = 0; i < samples.length; i++) {
    const source = planar ? (i % 3) * pixels + Math.floor(i / 3) : i;
    out[i] = Math.min(255, (samples[source] as number) >> shift);
  }
  return out;
}
