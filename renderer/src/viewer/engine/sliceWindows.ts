import { modalityValue, valueRange, windowPresets, type WindowPreset } from '../../../../electron/common/imaging';
import type { LoadedSlice } from './SliceCache';

/**
 * The windows a slice offers, first the default: its header's Window Center/Width pairs
 * (PS3.3 C.11.2.1.2, alternatives in order), then the full range of its modality values.
 */
export function sliceWindows(slice: LoadedSlice): WindowPreset[] {
  let found = known.get(slice);
  if (!found) {
    found = computeWindows(slice);
    known.set(slice, found);
  }
  return found;
}

/** Per slice, once: the full range needs a pass over every pixel. */
const known = new WeakMap<LoadedSlice, WindowPreset[]>();

function computeWindows(slice: LoadedSlice): WindowPreset[] {
  const { info, values } = slice;
  const stored = valueRange(values);
  const ends = stored && [modalityValue(stored.min, info.rescaleSlope, info.rescaleIntercept), modalityValue(stored.max, info.rescaleSlope, info.rescaleIntercept)];
  const range = ends ? { min: Math.min(...ends), max: Math.max(...ends) } : null;
  return windowPresets(
    {
      windowCenter: info.windows.map((w) => w.center),
      windowWidth: info.windows.map((w) => w.width),
      windowExplanation: info.windows.map((w) => w.explanation ?? ''),
    },
    range,
  );
}
