import type { Fragment } from 'dicom-parser';
import { DecodeError } from './DecodeError';
import { nativeFrameBytes } from './ImagePixelAttributes';
import type { PixelDataset } from './readPixelDataset';

/**
 * The bytes of one native (uncompressed) frame (PS3.5 §8.1.1), little endian. Frames follow
 * each other with no padding; only the end of the element is padded to even length. Big endian
 * files (PS3.5 A.3) are swapped into a copy: 16-bit words, and 8-bit data only when the VR is
 * OW (PS3.5 §8.1.1: OB bytes are not swapped).
 */
export function nativeFrame(dataset: PixelDataset, frameIndex: number): Uint8Array {
  const { attributes, pixelData, bytes, transferSyntax } = dataset;
  const frameBytes = nativeFrameBytes(attributes);
  const start = pixelData.dataOffset + frameIndex * frameBytes;
  const view = bytes.subarray(start, start + frameBytes);
  if (!transferSyntax.bigEndian) return view;
  if (attributes.bitsAllocated === 16) return swapPairs(view);
  if (pixelData.vr === 'OW') {
    // Swap the whole even-length word-aligned run containing the frame, then cut the frame out.
    const alignedStart = start - ((start - pixelData.dataOffset) % 2);
    const run = swapPairs(bytes.subarray(alignedStart, Math.min(bytes.length, alignedStart + frameBytes + 2)));
    return run.subarray(start - alignedStart, start - alignedStart + frameBytes);
  }
  return view;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

/**
 * The compressed bytes of one encapsulated frame (PS3.5 A.4): located with the Basic Offset
 * Table when it is present; else one fragment per frame when the counts match; else frames
 * start at the fragments that open a codestream (JPEG / JPEG-LS SOI, JPEG 2000 SOC or JP2
 * signature). Throws DecodeError when the fragments do not add up to NumberOfFrames.
 */
export function encapsulatedFrame(dataset: PixelDataset, frameIndex: number): Uint8Array {
  const { fragments, frames } = frameFragments(dataset);
  const [first, end] = [frames[frameIndex], frames[frameIndex + 1] ?? fragments.length];
  if (first === undefined) throw new DecodeError(dataset.filePath, `frame ${frameIndex} not found among ${frames.length} frames`);
  const parts = fragments.slice(first, end);
  const { bytes } = dataset;
  if (parts.length === 1) {
    const only = parts[0] as Fragment;
    return bytes.subarray(only.position, only.position + only.length);
  }
  const total = parts.reduce((sum, fragment) => sum + fragment.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const fragment of parts) {
    out.set(bytes.subarray(fragment.position, fragment.position + fragment.length), offset);
    offset += fragment.length;
  }
  return out;
}

/** For each frame, the index of its first fragment. */
function frameFragments(dataset: PixelDataset): { fragments: readonly Fragment[]; frames: number[] } {
  const { filePath, pixelData, attributes, transferSyntax } = dataset;
  const fragments = pixelData.fragments ?? [];
  const frameCount = attributes.frames;
  const offsets = pixelData.basicOffsetTable ?? [];
  if (offsets.length > 0) {
    if (offsets.length !== frameCount) {
      throw new DecodeError(
        filePath,
        `fragments do not add up: the Basic Offset Table lists ${offsets.length} frames, NumberOfFrames is ${frameCount}`,
      );
    }
    const frames = offsets.map((offset, i) => {
      const index = fragments.findIndex((fragment) => fragment.offset === offset);
      if (index < 0)
        throw new DecodeError(
          filePath,
          `fragments do not add up: Basic Offset Table entry ${i} (${offset}) is not the start of a fragment`,
        );
      return index;
    });
    for (let i = 1; i < frames.length; i++) {
      if ((frames[i] as number) <= (frames[i - 1] as number))
        throw new DecodeError(filePath, 'fragments do not add up: Basic Offset Table offsets are not increasing');
    }
    return { fragments, frames };
  }
  if (frameCount === 1) return { fragments, frames: [0] };
  if (fragments.length === frameCount) return { fragments, frames: fragments.map((_, i) => i) };
  if (fragments.length < frameCount || transferSyntax.family === 'rle') {
    throw new DecodeError(
      filePath,
      `fragments do not add up: ${fragments.length} fragments for ${frameCount} frames and no Basic Offset Table`,
    );
  }
  const frames: number[] = [];
  fragments.forEach((fragment, index) => {
    if (opensCodestream(dataset.bytes, fragment.position, fragment.length)) frames.push(index);
  });
  if (frames.length !== frameCount || frames[0] !== 0) {
    throw new DecodeError(
      filePath,
      `fragments do not add up: ${frames.length} codestreams start in ${fragments.length} fragments, NumberOfFrames is ${frameCount}`,
    );
  }
  return { fragments, frames };
}

/** JPEG / JPEG-LS SOI (FFD8 FF), JPEG 2000 SOC+SIZ (FF4F FF51), or the JP2 signature box. */
function opensCodestream(bytes: Uint8Array, position: number, length: number): boolean {
  if (length < 4) return false;
  const [a, b, c, d] = [bytes[position], bytes[position + 1], bytes[position + 2], bytes[position + 3]];
  if (a === 0xff && b === 0xd8 && c === 0xff) return true;
  if (a === 0xff && b === 0x4f && c === 0xff && d === 0x51) return true;
  return a === 0x00 && b === 0x00 && c === 0x00 && d === 0x0c && bytes[position + 4] === 0x6a && bytes[position + 5] === 0x50;
}
