import { describe, expect, it } from 'vitest';
import { encodeNpyUint8 } from '../../../electron/core/training/export/encodeNpy';
import { readNpyUint8 } from '../../support/readNpy';

describe('encodeNpyUint8 (NEP 1, format 1.0)', () => {
  it('writes the magic, version, a header padded so the data starts on a 64-byte boundary, then the bytes', () => {
    const data = Uint8Array.from({ length: 2 * 3 * 4 }, (_, i) => i * 7);
    const bytes = encodeNpyUint8(data, [2, 3, 4]);
    expect(Array.from(bytes.subarray(0, 8))).toEqual([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
    const headerLength = (bytes[8] as number) | ((bytes[9] as number) << 8);
    expect((10 + headerLength) % 64).toBe(0);
    const read = readNpyUint8(bytes);
    expect(read.header).toMatch(/^\{'descr': '\|u1', 'fortran_order': False, 'shape': \(2, 3, 4\), \} *\n$/);
    expect(read.shape).toEqual([2, 3, 4]);
    expect(Array.from(read.data)).toEqual(Array.from(data));
  });

  it('spells a one-dimensional shape as a Python one-tuple and refuses a shape that does not fit the data', () => {
    expect(readNpyUint8(encodeNpyUint8(new Uint8Array(5), [5])).header).toContain("'shape': (5,)");
    expect(() => encodeNpyUint8(new Uint8Array(5), [2, 3])).toThrow(/holds 6 values, the data 5/);
  });
});
