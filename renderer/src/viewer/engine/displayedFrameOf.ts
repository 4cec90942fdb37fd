import type { FramePixels } from '../../../../electron/common/contract';
import { pixelsFromBuffer, type DisplayedFrame } from '../../../../electron/common/imaging';

/**
 * The answer of `pixels:get` as the one frame type of every layer (DecodedFrame, here the part
 * the viewer draws): the stored values are a typed array viewing the transferred buffer in
 * place, never a copy. The one place the IPC shape meets the frame type.
 */
export function displayedFrameOf({
  pixelsType,
  pixels,
  instanceId: _instance,
  frame: _frame,
  bitsAllocated: _bits,
  ...displayed
}: FramePixels): DisplayedFrame {
  return { ...displayed, pixels: pixelsFromBuffer(pixelsType, pixels) };
}
