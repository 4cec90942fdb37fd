import { valueRange } from '../../../common/imaging/windowPresets';

/** An 8-bit greyscale image, row-major, as the seed's models were trained on. */
export interface GreyImage {
  readonly data: Uint8Array;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Per-slice min–max of the modality values to 0..255 (shared/design/seed-method.md: "per-slice
 * min–max to 8-bit"): v' = round(255 · (v − min) / (max − min)). A constant slice has no contrast
 * and becomes all zeros. Non-finite values (never produced by the decoder, but a corrupt file is
 * possible) count as the minimum so they cannot poison the range.
 */
export function minMaxToUint8(values: Float32Array, rows: number, columns: number): GreyImage {
  if (values.length !== rows * columns) {
    throw new Error(`slice has ${values.length} values, expected rows × columns = ${rows} × ${columns}`);
  }
  const data = new Uint8Array(values.length);
  const extent = valueRange(values);
  if (!extent) return { data, rows, columns };
  const { min, max } = extent;
  const range = max - min;
  if (!(range > 0) || !Number.isFinite(range)) return { data, rows, columns };
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    // Round half up explicitly: a Uint8Array store would truncate (ToUint8).
    data[i] = Number.isFinite(v) ? Math.floor(((v - min) * 255) / range + 0.5) : 0;
  }
  return { data, rows, columns };
}
