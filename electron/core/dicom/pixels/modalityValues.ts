import { applyModalityLut, type DecodedFrame } from '../../../common/imaging';

/**
 * The frame's modality values (stored values through the Modality LUT, PS3.3 C.11.1.1.2) as
 * a Float32Array, row after row: what the models are fed. Grey frames only; colour frames are
 * for display.
 */
export function modalityValues(
  frame: Pick<DecodedFrame, 'samplesPerPixel' | 'photometricInterpretation' | 'pixels' | 'rescaleSlope' | 'rescaleIntercept'>,
): Float32Array {
  if (frame.samplesPerPixel !== 1) {
    throw new Error(`modality values need a grey frame; this one is ${frame.photometricInterpretation}`);
  }
  return applyModalityLut(frame.pixels, frame.rescaleSlope, frame.rescaleIntercept);
}
