import type { DecodedFrame } from './DecodedFrame';
import { modalityValue } from './modalityLut';
import type { VoiWindow } from './voiLut';

export interface WindowPreset extends VoiWindow {
  readonly label: string;
  /** 'file' for the windows in the header (PS3.3 C.11.2: several values are alternatives), 'minmax' for the computed one. */
  readonly source: 'file' | 'minmax';
}

/**
 * The windows to offer: every Window Center / Width pair in the header, in order — PS3.3
 * C.11.2.1.2 says multiple values are alternative views, the first the default — labelled with
 * Window Center & Width Explanation (0028,1055) when present; then a full-range window from the
 * modality values' minimum and maximum, which is also the default when the file has none.
 */
export function windowPresets(
  header: Pick<DecodedFrame, 'windowCenter' | 'windowWidth'> & Partial<Pick<DecodedFrame, 'windowExplanation'>>,
  modalityRange: { min: number; max: number } | null,
): WindowPreset[] {
  const presets: WindowPreset[] = [];
  const count = Math.min(header.windowCenter.length, header.windowWidth.length);
  for (let i = 0; i < count; i++) {
    const center = header.windowCenter[i] as number;
    const width = header.windowWidth[i] as number;
    if (!Number.isFinite(center) || !(width > 0)) continue;
    presets.push({ center, width, label: header.windowExplanation?.[i] || `Window ${i + 1}`, source: 'file' });
  }
  if (modalityRange) presets.push({ ...minMaxWindow(modalityRange.min, modalityRange.max), label: 'Full range', source: 'minmax' });
  return presets;
}

/**
 * The windows a decoded frame offers, the default first: its header's (windowPresets), then the
 * full range of its modality values (its stored values' ends through the Modality LUT, PS3.3
 * C.11.1.1.2). One pass over the pixels.
 */
export function frameWindows(
  frame: Pick<DecodedFrame, 'pixels' | 'rescaleSlope' | 'rescaleIntercept' | 'windowCenter' | 'windowWidth' | 'windowExplanation'>,
): WindowPreset[] {
  const stored = valueRange(frame.pixels);
  const ends = stored && [
    modalityValue(stored.min, frame.rescaleSlope, frame.rescaleIntercept),
    modalityValue(stored.max, frame.rescaleSlope, frame.rescaleIntercept),
  ];
  const range = ends ? { min: Math.min(...ends), max: Math.max(...ends) } : null;
  return windowPresets(frame, range);
}

/** The LINEAR window (PS3.3 C.11.2.1.2.1) that maps [min, max] onto the whole display range. */
export function minMaxWindow(min: number, max: number): VoiWindow {
  const width = Math.max(1, max - min + 1);
  // LINEAR maps c − 0.5 ± (w − 1)/2 to the ends: with w = max − min + 1, c = min + w/2.
  return { center: min + width / 2, width };
}

/** Minimum and maximum of the values (NaN skipped); null for an empty array. */
export function valueRange(values: ArrayLike<number>): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}
