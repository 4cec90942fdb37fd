/**
 * The Modality LUT as a linear rescale (DICOM PS3.3 C.11.1.1.2, and C.7.6.1 / C.8 for the
 * Rescale Slope and Intercept attributes): output units = m · SV + b, where SV is the stored
 * value. Applied before any VOI transform (PS3.3 C.11, the grayscale pipeline of PS3.4 N.2).
 */
export function modalityValue(stored: number, slope: number, intercept: number): number {
  return stored * slope + intercept;
}

/** Rescales every stored value into a Float32Array (the values the models are fed). */
export function applyModalityLut(
  stored: ArrayLike<number>,
  slope: number,
  intercept: number,
  out: Float32Array = new Float32Array(stored.length),
): Float32Array {
  if (out.length < stored.length) throw new RangeError(`output holds ${out.length} values, ${stored.length} needed`);
  for (let i = 0; i < stored.length; i++) out[i] = (stored[i] as number) * slope + intercept;
  return out;
}
