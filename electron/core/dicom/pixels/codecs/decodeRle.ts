import type { ImagePixelAttributes } from '../ImagePixelAttributes';
import type { DecodedSamples } from './decodedSamples';
import { CodecError } from './decodeWithWasmDecoder';

const HEADER_BYTES = 64;

/**
 * RLE Lossless (DICOM PS3.5 Annex G). A frame is a 64-byte header — the segment count and up
 * to 15 segment offsets, little endian (G.5) — and one PackBits segment per byte of each sample
 * (G.3.1): for each component, its most significant byte first. Each segment decodes to one
 * byte per pixel (G.3.2: n in 0..127 copies n+1 bytes; -127..-1 repeats the next byte 1-n
 * times; -128 does nothing). The segments are recombined into interleaved samples.
 */
export function decodeRle(encoded: Uint8Array, attributes: ImagePixelAttributes): DecodedSamples {
  const { rows, columns, samplesPerPixel, bitsAllocated } = attributes;
  const bytesPerSample = bitsAllocated / 8;
  const pixels = rows * columns;
  if (encoded.length < HEADER_BYTES) throw new CodecError(`RLE frame of ${encoded.length} bytes is shorter than its 64-byte header`);
  const header = new DataView(encoded.buffer, encoded.byteOffset, HEADER_BYTES);
  const segmentCount = header.getUint32(0, true);
  const expectedSegments = samplesPerPixel * bytesPerSample;
  if (segmentCount !== expectedSegments) {
    throw new CodecError(
      `RLE header has ${segmentCount} segments, ${samplesPerPixel} sample(s) of ${bitsAllocated} bits need ${expectedSegments}`,
    );
  }
  const offsets: number[] = [];
  for (let s = 0; s < segmentCount; s++) offsets.push(header.getUint32(4 + 4 * s, true));
  const samples = bytesPerSample === 1 ? new Uint8Array(pixels * samplesPerPixel) : new Uint16Array(pixels * samplesPerPixel);
  const segment = new Uint8Array(pixels);
  for (let s = 0; s < segmentCount; s++) {
    const start = offsets[s] as number;
    const end = s + 1 < segmentCount ? (offsets[s + 1] as number) : encoded.length;
    if (start < HEADER_BYTES || end > encoded.length || end < start) {
      throw new CodecError(`RLE segment ${s + 1} offsets (${start}..${end}) fall outside the ${encoded.length}-byte frame`);
    }
    const produced = unpackBits(encoded, start, end, segment);
    if (produced < pixels) throw new CodecError(`RLE segment ${s + 1} decodes to ${produced} bytes, the frame has ${pixels} pixels`);
    const component = Math.floor(s / bytesPerSample);
    const shift = 8 * (bytesPerSample - 1 - (s % bytesPerSample));
    for (let p = 0, i = component; p < pixels; p++, i += samplesPerPixel) {
      samples[i] = (samples[i] as number) | ((segment[p] as number) << shift);
    }
  }
  return { samples, width: columns, height: rows, components: samplesPerPixel, convertedToRgb: false };
}

/** PackBits (PS3.5 G.3.2) from encoded[start, end) into out; returns the bytes written (at most out.length). */
function unpackBits(encoded: Uint8Array, start: number, end: number, out: Uint8Array): number {
  let read = start;
  let written = 0;
  while (read < end && written < out.length) {
    const header = ((encoded[read++] as number) << 24) >> 24;
    if (header >= 0) {
      const count = Math.min(header + 1, end - read, out.length - written);
      out.set(encoded.subarray(read, read + count), written);
      read += header + 1;
      written += count;
    } else if (header !== -128) {
      if (read >= end) break;
      const count = Math.min(1 - header, out.length - written);
      out.fill(encoded[read++] as number, written, written + count);
      written += count;
    }
  }
  return written;
}
