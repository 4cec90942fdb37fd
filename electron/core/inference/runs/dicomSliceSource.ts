import { decodeFrame, initCodecs, modalityValues } from '../../dicom/pixels';
import type { SliceSource } from '../pipeline/StudyInput';

/**
 * The slice source of real studies: the app's one decode path (electron/core/dicom/pixels), so
 * the models see the pixels the reader sees; modality values (Rescale Slope/Intercept applied,
 * PS3.3 C.11.1.1.2) as Float32Array. The WASM codecs load once per engine process.
 */
export async function dicomSliceSource(): Promise<SliceSource> {
  await initCodecs();
  return async (slice) => {
    const frame = decodeFrame(slice.filePath, slice.frame);
    return { values: modalityValues(frame), rows: frame.rows, columns: frame.columns };
  };
}
