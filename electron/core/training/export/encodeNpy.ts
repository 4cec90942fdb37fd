/**
 * A C-order uint8 array as a NumPy `.npy` file, format version 1.0 (NumPy Enhancement Proposal 1,
 * "A simple file format for NumPy arrays"): the magic `\x93NUMPY`, version 1.0, a little-endian
 * uint16 header length, then an ASCII Python dict literal padded with spaces and ended by `\n`
 * so that the data starts on a 64-byte boundary, then the raw bytes. No npm package writes .npy
 * (npyjs and numpy-parser only read it); the training reader loads it with numpy.load.
 */
export function encodeNpyUint8(data: Uint8Array, shape: readonly number[]): Uint8Array {
  const expected = shape.reduce((a, b) => a * b, 1);
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) throw new Error(`npy shape [${shape.join(', ')}] must be non-negative integers`);
  if (expected !== data.length) throw new Error(`npy shape [${shape.join(', ')}] holds ${expected} values, the data ${data.length}`);
  // A 1-d shape is written `(n,)`, as Python spells a one-element tuple.
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  const dict = `{'descr': '|u1', 'fortran_order': False, 'shape': (${dims}), }`;
  const preamble = 6 + 2 + 2;
  const unpadded = preamble + dict.length + 1;
  const padding = (64 - (unpadded % 64)) % 64;
  const header = `${dict}${' '.repeat(padding)}\n`;
  if (header.length > 0xffff) throw new Error('npy header too long for format 1.0');
  const out = new Uint8Array(preamble + header.length + data.length);
  out.set([0x93, ...Buffer.from('NUMPY', 'latin1'), 1, 0, header.length & 0xff, header.length >> 8], 0);
  out.set(Buffer.from(header, 'latin1'), preamble);
  out.set(data, preamble + header.length);
  return out;
}
