import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DecodeError, decodeFrame, initCodecs } from '../../../electron/core/dicom/pixels';
import { CODEC_FIXTURES_DIR, codecFixtures } from '../../support/codecFixtures';

/**
 * Broken input gives a DecodeError naming the file and the reason — never a crash, never
 * pixels. The broken files are real encoder output (scripts/make-codec-fixtures.sh) with one
 * thing changed.
 */
codecFixtures();
const dir = mkdtempSync(join(tmpdir(), 'sr-bad-'));

beforeAll(async () => {
  await initCodecs();
});

function fixture(name: string): Buffer {
  return readFileSync(join(CODEC_FIXTURES_DIR, name));
}

/** Replaces the first occurrence of an ASCII string of the same length (a UID, an IS value). */
function replaceAscii(bytes: Buffer, from: string, to: string): Buffer {
  expect(to.length).toBe(from.length);
  const at = bytes.indexOf(Buffer.from(from, 'latin1'));
  expect(at).toBeGreaterThan(0);
  const copy = Buffer.from(bytes);
  copy.write(to, at, 'latin1');
  return copy;
}

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function expectDecodeError(path: string, reason: RegExp, frameIndex = 0): void {
  let caught: unknown;
  try {
    decodeFrame(path, frameIndex);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DecodeError);
  const error = caught as DecodeError;
  expect(error.filePath).toBe(path);
  expect(error.message).toContain(path);
  expect(error.reason).toMatch(reason);
}

/** Where the first fragment of encapsulated pixel data starts (after the Basic Offset Table item). */
function firstFragmentData(bytes: Buffer): number {
  const pixelData = bytes.lastIndexOf(Buffer.from([0xe0, 0x7f, 0x10, 0x00]));
  const botLength = bytes.readUInt32LE(pixelData + 16);
  return pixelData + 12 + 8 + botLength + 8;
}

describe('decodeFrame on bad input', () => {
  it('names a missing file', () => {
    expectDecodeError(join(dir, 'missing.dcm'), /cannot read file/);
  });

  it('refuses a file that is not DICOM', () => {
    expectDecodeError(write('text.dcm', Buffer.from('hello, not an image')), /not a DICOM Part 10 file/);
  });

  it('refuses a truncated uncompressed file', () => {
    const bytes = fixture('mr16.explicit.dcm');
    expectDecodeError(write('truncated.dcm', bytes.subarray(0, bytes.length - 1000)), /truncated/);
  });

  it('refuses a truncated compressed file', () => {
    const bytes = fixture('mr16.jpegls.dcm');
    expectDecodeError(write('truncated-jls.dcm', bytes.subarray(0, Math.floor(bytes.length * 0.6))), /truncated|malformed/);
  });

  it('refuses a file cut inside its header', () => {
    expectDecodeError(write('header-cut.dcm', fixture('mr16.explicit.dcm').subarray(0, 300)), /truncated|malformed|missing/);
  });

  it('refuses native pixel data labelled as RLE (wrong transfer syntax)', () => {
    const path = write('native-as-rle.dcm', replaceAscii(fixture('mr16.explicit.dcm'), '1.2.840.10008.1.2.1\0', '1.2.840.10008.1.2.5\0'));
    expectDecodeError(path, /wrong transfer syntax/);
  });

  it('refuses encapsulated pixel data labelled as explicit little endian', () => {
    const path = write('rle-as-native.dcm', replaceAscii(fixture('mr16.rle.dcm'), '1.2.840.10008.1.2.5\0', '1.2.840.10008.1.2.1\0'));
    expectDecodeError(path, /transfer syntax|malformed/);
  });

  it('reports the codec error for JPEG-LS labelled as JPEG 2000', () => {
    const path = write('jls-as-j2k.dcm', replaceAscii(fixture('mr16.jpegls.dcm'), '1.2.840.10008.1.2.4.80', '1.2.840.10008.1.2.4.90'));
    expectDecodeError(path, /OpenJPEG/);
  });

  it('reports the codec error for JPEG-LS labelled as JPEG baseline', () => {
    const path = write('jls-as-jpeg.dcm', replaceAscii(fixture('mono8.jpegls.dcm'), '1.2.840.10008.1.2.4.80', '1.2.840.10008.1.2.4.50'));
    expectDecodeError(path, /libjpeg/);
  });

  it('reports the codec error for JPEG 2000 labelled as HTJ2K-free JPEG-LS', () => {
    const path = write('j2k-as-jls.dcm', replaceAscii(fixture('mr16.j2k.dcm'), '1.2.840.10008.1.2.4.90', '1.2.840.10008.1.2.4.80'));
    expectDecodeError(path, /CharLS/);
  });

  it('reports a codec error for a corrupted JPEG-LS codestream', () => {
    const bytes = Buffer.from(fixture('mr16.jpegls.dcm'));
    const start = firstFragmentData(bytes);
    bytes.fill(0xff, start + 40, start + 4000);
    expectDecodeError(write('corrupt-jls.dcm', bytes), /CharLS/);
  });

  it('reports a codec error for an RLE frame whose segments do not fit', () => {
    const bytes = Buffer.from(fixture('mr16.rle.dcm'));
    const start = firstFragmentData(bytes);
    bytes.writeUInt32LE(7, start); // segment count: 16-bit grey needs 2
    expectDecodeError(write('bad-rle.dcm', bytes), /RLE header has 7 segments/);
  });

  it('refuses a frame count the offset table contradicts', () => {
    const bytes = fixture('multiframe.jpegls.dcm');
    const at = bytes.indexOf(Buffer.from([0x28, 0x00, 0x08, 0x00, 0x49, 0x53, 0x02, 0x00, 0x34, 0x20]));
    expect(at).toBeGreaterThan(0);
    const copy = Buffer.from(bytes);
    copy[at + 8] = 0x35; // NumberOfFrames "4 " → "5 "
    expectDecodeError(write('bot-mismatch.dcm', copy), /Basic Offset Table lists 4 frames, NumberOfFrames is 5/);
  });

  it('refuses a fragment split that does not give NumberOfFrames codestreams', () => {
    const bytes = fixture('multiframe.jpegls-fragments.dcm');
    const at = bytes.indexOf(Buffer.from([0x28, 0x00, 0x08, 0x00, 0x49, 0x53, 0x02, 0x00, 0x34, 0x20]));
    const copy = Buffer.from(bytes);
    copy[at + 8] = 0x33; // "3 ": four codestreams in the fragments, three frames claimed
    expectDecodeError(write('fragments-mismatch.dcm', copy), /fragments do not add up: 4 codestreams start/);
  });

  it('refuses a frame index out of range', () => {
    expectDecodeError(join(CODEC_FIXTURES_DIR, 'multiframe.explicit.dcm'), /frame 4 out of range: the file has 4 frame/, 4);
  });
});
