import { frameWindows, type DisplayedFrame, type WindowPreset } from '../../../../electron/common/imaging';

/**
 * The windows a slice offers, first the default: its header's Window Center/Width pairs
 * (PS3.3 C.11.2.1.2, alternatives in order), then the full range of its modality values.
 */
export function sliceWindows(slice: DisplayedFrame): WindowPreset[] {
  let found = known.get(slice);
  if (!found) {
    found = frameWindows(slice);
    known.set(slice, found);
  }
  return found;
}

/** Per slice, once: the full range needs a pass over every pixel. */
const known = new WeakMap<DisplayedFrame, WindowPreset[]>();
