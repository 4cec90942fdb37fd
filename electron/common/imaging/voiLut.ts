/**
 * VOI LUT functions of DICOM PS3.3 C.11.2.1.2 (Window Center / Window Width) and C.11.2.1.3
 * (VOI LUT Function), mapping modality values x to display values in [yMin, yMax].
 */
export type VoiLutFunction = 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID';

export interface VoiWindow {
  readonly center: number;
  readonly width: number;
}

export type VoiTransform = (x: number) => number;

/**
 * LINEAR (PS3.3 C.11.2.1.2.1), Window Width ≥ 1:
 *   x ≤ c − 0.5 − (w−1)/2 → yMin;  x > c − 0.5 + (w−1)/2 → yMax;
 *   else y = ((x − (c − 0.5)) / (w−1) + 0.5) · (yMax − yMin) + yMin.
 * A width of exactly 1 is a threshold at c − 0.5.
 */
export function linearVoi({ center: c, width: w }: VoiWindow, yMin = 0, yMax = 255): VoiTransform {
  if (!(w >= 1)) throw new RangeError(`LINEAR window width must be ≥ 1 (PS3.3 C.11.2.1.2.1), got ${w}`);
  const low = c - 0.5 - (w - 1) / 2;
  const high = c - 0.5 + (w - 1) / 2;
  const range = yMax - yMin;
  if (w === 1) return (x) => (x <= low ? yMin : yMax);
  return (x) => (x <= low ? yMin : x > high ? yMax : ((x - (c - 0.5)) / (w - 1) + 0.5) * range + yMin);
}

/**
 * LINEAR_EXACT (PS3.3 C.11.2.1.3.2), Window Width > 0:
 *   x ≤ c − w/2 → yMin;  x > c + w/2 → yMax;  else y = ((x − c) / w + 0.5) · (yMax − yMin) + yMin.
 */
export function linearExactVoi({ center: c, width: w }: VoiWindow, yMin = 0, yMax = 255): VoiTransform {
  if (!(w > 0)) throw new RangeError(`LINEAR_EXACT window width must be > 0 (PS3.3 C.11.2.1.3.2), got ${w}`);
  const range = yMax - yMin;
  return (x) => (x <= c - w / 2 ? yMin : x > c + w / 2 ? yMax : ((x - c) / w + 0.5) * range + yMin);
}

/** SIGMOID (PS3.3 C.11.2.1.3.1), Window Width > 0:  y = (yMax − yMin) / (1 + exp(−4 (x − c) / w)) + yMin. */
export function sigmoidVoi({ center: c, width: w }: VoiWindow, yMin = 0, yMax = 255): VoiTransform {
  if (!(w > 0)) throw new RangeError(`SIGMOID window width must be > 0 (PS3.3 C.11.2.1.3.1), got ${w}`);
  const range = yMax - yMin;
  return (x) => range / (1 + Math.exp((-4 * (x - c)) / w)) + yMin;
}

/**
 * The transform for a VOILUTFunction value; an absent or unknown value means LINEAR
 * (PS3.3 C.11.2.1.3: "If absent, the default is LINEAR").
 */
export function voiTransform(fn: string | undefined, window: VoiWindow, yMin = 0, yMax = 255): VoiTransform {
  switch ((fn ?? '').trim().toUpperCase()) {
    case 'LINEAR_EXACT':
      return linearExactVoi(window, yMin, yMax);
    case 'SIGMOID':
      return sigmoidVoi(window, yMin, yMax);
    default:
      return linearVoi({ center: window.center, width: Math.max(1, window.width) }, yMin, yMax);
  }
}
