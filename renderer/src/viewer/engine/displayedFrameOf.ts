import type { FramePixels } from '../../../../electron/common/contract';
import { pixelsFromBuffer, type DisplayedFrame } from '../../../../electron/common/imaging';

/**
 * The answer of `pixels:get` as the one frame type of every layer (DecodedFrame, here the part
 * the viewer draws): the stored values are a typed array viewing the transferred buffer in
 * place, never a copy. The one place the IPC shape meets the frame type.
 */
export function displayedFrameOf(frame: FramePixels): DisplayedFrame {
  return {
    rows: frame.rows,
    columns: frame.columns,
    samplesPerPixel: frame.samplesPerPixel,
    bitsStored: frame.bitsStored,
    pixelRepresentation: frame.pixelRepresentation,
    photometricInterpretation: frame.photometric,
    rescaleSlope: frame.rescaleSlope,
    rescaleIntercept: frame.rescaleIntercept,
    windowCenter: frame.windows.map((w) => w.center),
    windowWidth: frame.windows.map((w) => w.width),
    windowExplanation: frame.windows.map((w) => w.explanation ?? ''),
    voiLutFunction: frame.voiLutFunction,
    pixels: pixelsFromBuffer(frame.pixelsType, frame.pixels),
  };
}
