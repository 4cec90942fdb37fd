import type { SliceSource } from '../pipeline/StudyInput';

/**
 * The slice source of real studies: the app's one DICOM decode path (electron/core/dicom/pixels),
 * modality values as Float32Array. Not wired yet: the pixel decode path has not landed on main.
 */
export async function dicomSliceSource(): Promise<SliceSource> {
  return async (slice) => {
    throw new Error(`${slice.filePath}: DICOM pixel decoding is not available in this build yet (the pixel decode path is not merged)`);
  };
}
