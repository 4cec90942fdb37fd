import type { DisplayedFrame } from './DecodedFrame';
import { renderGrayscale } from './renderToDisplay';
import { frameWindows, type WindowPreset } from './windowPresets';

/**
 * A frame as first shown: grey frames through their default window — the first in the header
 * (PS3.3 C.11.2.1.2), else the full range of the modality values — and VOI LUT function; RGB
 * frames as they are. Returns 8-bit display values (1 or 3 per pixel) and the window used.
 */
export function renderDefaultWindow(frame: DisplayedFrame): { display: Uint8Array; window: WindowPreset | null } {
  if (frame.samplesPerPixel === 3) return { display: Uint8Array.from(frame.pixels), window: null };
  const window = frameWindows(frame)[0] ?? null;
  if (!window) return { display: new Uint8Array(frame.pixels.length), window: null };
  return { display: renderGrayscale(frame, { window, voiLutFunction: frame.voiLutFunction }), window };
}
