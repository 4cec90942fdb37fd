/** Reads a uint8 .npy (format 1.0) back: the shape from its header, the data after it. For checking exports. */
export function readNpyUint8(bytes: Uint8Array): { shape: number[]; data: Uint8Array; header: string } {
  const magic = Buffer.from(bytes.subarray(0, 6)).toString('latin1');
  if (magic !== '\x93NUMPY') throw new Error('not an .npy file');
  const length = (bytes[8] as number) | ((bytes[9] as number) << 8);
  const header = Buffer.from(bytes.subarray(10, 10 + length)).toString('latin1');
  const shape = /'shape': \(([^)]*)\)/
    .exec(header)?.[1]
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number);
  if (!shape || !header.includes("'descr': '|u1'")) throw new Error(`unexpected npy header ${header}`);
  return { shape, data: bytes.subarray(10 + length), header };
}
