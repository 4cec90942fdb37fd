import { modalityValue } from './modalityLut';
import { renderGrayscale, type GrayscaleFrame } from './renderToDisplay';
import { valueRange, windowPresets, type WindowPreset } from './windowPresets';

export interface DisplayFrame extends GrayscaleFrame {
  readonly samplesPerPixel: number;
  readonly windowCenter: readonly number[];
  readonly windowWidth: readonly number[];
  readonly windowExplanation?: readonly string[];
  readonly voiLutFunction?: string;
}

/**
 * A frame as first shown: grey frames through their default window — the first in the header
 * (PS3.3 C.11.2.1.2), else the full range of the modality values — and VOI LUT function; RGB
 * frames as they are. Returns 8-bit display values (1 or 3 per pixel) and the window used.
 */
export function renderDefaultWindow(frame: DisplayFrame): { display: Uint8Array; window: WindowPreset | null } {
  if (frame.samplesPerPixel === 3) return { display: Uint8Array.from(frame.pixels), window: null };
  const stored = valueRange(frame.pixels);
  const ends = stored && [modalityValue(stored.min, frame.rescaleSlope, frame.rescaleIntercept), modalityValue(stored.max, frame.rescaleSlope, frame.rescaleIntercept)];
  const range = ends ? { min: Math.min(...ends), max: Math.max(...ends) } : null;
  const window = windowPresets(frame, range)[0] ?? null;
  if (!window) return { display: new Uint8Array(frame.pixels.length), window: null };
  return { display: renderGrayscale(frame, { window, voiLutFunction: frame.voiLutFunction ?? 'LINEAR' }), window };
}
