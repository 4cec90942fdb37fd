import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodePart10 } from '../../../electron/core/dicom/encodePart10';
import { decodeFrame, modalityValues } from '../../../electron/core/dicom/pixels';
import { testSliceDataset } from '../../support/testDicom';

/**
 * Bits Stored / High Bit / Pixel Representation (PS3.3 C.7.6.3.1, PS3.5 §8.1.1) on real files
 * written with encodePart10: bits outside BitsStored are dropped, signed values sign-extended,
 * and extra padding after the pixel data is ignored.
 */
const dir = mkdtempSync(join(tmpdir(), 'sr-stored-'));

function writeSlice(name: string, words: number[], fields: Record<string, unknown>, extraBytes = 0): string {
  const dataset = testSliceDataset({
    studyUid: '1.2.3',
    seriesUid: '1.2.3.4',
    sopUid: `1.2.3.4.${name.length}`,
    instanceNumber: 1,
    rows: 1,
    columns: words.length,
  });
  const pixels = new Uint16Array(words.length + extraBytes / 2);
  pixels.set(words);
  Object.assign(dataset, fields, { PixelData: pixels.buffer });
  const path = join(dir, `${name}.dcm`);
  writeFileSync(path, encodePart10(dataset));
  return path;
}

describe('stored values', () => {
  it('drops bits above BitsStored (overlay bits, garbage)', () => {
    const path = writeSlice('mask', [0xf123, 0x1fff, 0x0800, 0x0000], { BitsStored: 12, HighBit: 11, PixelRepresentation: 0 });
    expect(Array.from(decodeFrame(path).pixels)).toEqual([0x123, 0xfff, 0x800, 0]);
  });

  it("sign-extends 12-bit two's complement values", () => {
    const path = writeSlice('signed12', [0x0fff, 0x0800, 0x07ff, 0xf001, 0x0000], { BitsStored: 12, HighBit: 11, PixelRepresentation: 1 });
    const frame = decodeFrame(path);
    expect(frame.pixels).toBeInstanceOf(Int16Array);
    expect(Array.from(frame.pixels)).toEqual([-1, -2048, 2047, 1, 0]);
  });

  it('takes the BitsStored bits that end at HighBit', () => {
    // HighBit 15, BitsStored 12: the value sits in bits 4..15 (PS3.5 §8.1.1 allows it; retired use).
    const path = writeSlice('highbit', [0xabc0, 0x0010, 0xfff5], { BitsStored: 12, HighBit: 15, PixelRepresentation: 0 });
    expect(Array.from(decodeFrame(path).pixels)).toEqual([0xabc, 0x001, 0xfff]);
  });

  it('reads full 16-bit signed values and applies the rescale for the models', () => {
    const path = writeSlice('signed16', [0xfc18, 0x03e8, 0x8000], {
      BitsStored: 16,
      HighBit: 15,
      PixelRepresentation: 1,
      RescaleSlope: 0.5,
      RescaleIntercept: -10,
    });
    const frame = decodeFrame(path);
    expect(Array.from(frame.pixels)).toEqual([-1000, 1000, -32768]);
    expect(Array.from(modalityValues(frame))).toEqual([-510, 490, -16394]);
  });

  it('ignores padding after the last frame', () => {
    const path = writeSlice('padded', [1, 2, 3], { BitsStored: 16, HighBit: 15 }, 6);
    expect(Array.from(decodeFrame(path).pixels)).toEqual([1, 2, 3]);
  });
});
