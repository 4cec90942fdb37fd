/** Source column and weight for each target column (or row) over the same field of view. */
function axisWeights(sourceSize: number, size: number): { index: Int32Array; weight: Float32Array } {
  const index = new Int32Array(size);
  const weight = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    const x = Math.min(sourceSize - 1, Math.max(0, ((i + 0.5) * sourceSize) / size - 0.5));
    const base = Math.min(Math.max(0, sourceSize - 2), Math.floor(x));
    index[i] = base;
    weight[i] = sourceSize > 1 ? x - base : 0;
  }
  return { index, weight };
}

/**
 * Resamples a row-major float image (values ≥ 0) to the stored matrix over the same field of view (pixel
 * centres at (i + 0.5)·FOV/n) bilinearly, and stores it as unsigned integers rounded and
 * clamped to [0, 2^bitsStored − 1] (PS3.3 C.7.6.3.1), in one pass. The phantom renders at the
 * acquisition resolution and interpolates to the stored matrix as MR reconstructions do.
 */
export function resampleToStored(
  source: Float32Array,
  sourceColumns: number,
  sourceRows: number,
  columns: number,
  rows: number,
  bitsStored: number,
): Uint16Array {
  const out = new Uint16Array(columns * rows);
  const max = 2 ** bitsStored - 1;
  const xs = axisWeights(sourceColumns, columns);
  const ys = axisWeights(sourceRows, rows);
  const step = sourceColumns > 1 ? 1 : 0;
  // Separable: interpolate every source row to the target width once, then blend row pairs.
  const widened = new Float32Array(sourceRows * columns);
  for (let j = 0; j < sourceRows; j++) {
    const from = j * sourceColumns;
    const to = j * columns;
    for (let i = 0; i < columns; i++) {
      const k = from + (xs.index[i] as number);
      const left = source[k] as number;
      widened[to + i] = left + (xs.weight[i] as number) * ((source[k + step] as number) - left);
    }
  }
  const rowStep = sourceRows > 1 ? columns : 0;
  for (let j = 0; j < rows; j++) {
    const top = (ys.index[j] as number) * columns;
    const bottom = top + rowStep;
    const fy = ys.weight[j] as number;
    const start = j * columns;
    for (let i = 0; i < columns; i++) {
      const a = widened[top + i] as number;
      // Adding ½ and truncating rounds the non-negative values of a magnitude image; anything
      // negative clamps to 0 anyway.
      const v = (a + fy * ((widened[bottom + i] as number) - a) + 0.5) | 0;
      out[start + i] = v < 0 ? 0 : v > max ? max : v;
    }
  }
  return out;
}
