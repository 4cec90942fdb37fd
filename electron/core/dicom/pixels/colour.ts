/**
 * Colour glue for secondary captures (shown, never fed to the models): planar → interleaved
 * and YCbCr → RGB by the equations of DICOM PS3.3 C.7.6.3.1.2 (YBR_FULL, 8-bit).
 */
export function planarToInterleaved<T extends Uint8Array | Uint16Array>(planes: T, components: number): T {
  const pixels = planes.length / components;
  const out = new (planes.constructor as new (length: number) => T)(planes.length);
  for (let c = 0; c < components; c++) {
    const offset = c * pixels;
    for (let p = 0; p < pixels; p++) out[p * components + c] = planes[offset + p] as number;
  }
  return out;
}

function clampByte(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : Math.round(value);
}

/** Interleaved Y Cb Cr (YBR_FULL) → interleaved R G B, in place on a copy. */
export function ybrFullToRgb(ybr: Uint8Array): Uint8Array {
  const out = new Uint8Array(ybr.length);
  for (let i = 0; i + 2 < ybr.length; i += 3) {
    const y = ybr[i] as number;
    const cb = (ybr[i + 1] as number) - 128;
    const cr = (ybr[i + 2] as number) - 128;
    out[i] = clampByte(y + 1.402 * cr);
    out[i + 1] = clampByte(y - 0.344136 * cb - 0.714136 * cr);
    out[i + 2] = clampByte(y + 1.772 * cb);
  }
  return out;
}

/**
 * Native YBR_FULL_422 (PS3.3 C.7.6.3.1.2): each pair of pixels in a row is stored as
 * Y1 Y2 Cb Cr; expands to full YBR_FULL and converts to RGB.
 */
export function ybrFull422ToRgb(packed: Uint8Array, rows: number, columns: number): Uint8Array {
  const full = new Uint8Array(rows * columns * 3);
  let read = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c += 2) {
      const [y1, y2, cb, cr] = [packed[read], packed[read + 1], packed[read + 2], packed[read + 3]] as number[];
      read += 4;
      const i = (r * columns + c) * 3;
      full[i] = y1 as number;
      full[i + 1] = cb as number;
      full[i + 2] = cr as number;
      if (c + 1 < columns) {
        full[i + 3] = y2 as number;
        full[i + 4] = cb as number;
        full[i + 5] = cr as number;
      }
    }
  }
  return ybrFullToRgb(full);
}
