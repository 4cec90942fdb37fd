import type { SeriesUid, SopInstanceUid, StudyUid } from '../../common/ids';
import type { Vec3 } from '../../common/geometry';

/** What the indexer keeps of one DICOM file's header (no pixel data is read). */
export interface DicomHeader {
  readonly filePath: string;
  readonly fileSize: number;
  readonly fileMtimeMs: number;
  readonly transferSyntaxUid: string;
  readonly sopClassUid: string | null;
  readonly sopInstanceUid: SopInstanceUid;
  readonly studyInstanceUid: StudyUid;
  readonly seriesInstanceUid: SeriesUid;
  readonly patientId: string | null;
  readonly studyDate: string | null;
  readonly studyDescription: string | null;
  readonly seriesDescription: string | null;
  readonly seriesNumber: number | null;
  readonly modality: string | null;
  readonly instanceNumber: number | null;
  readonly rows: number;
  readonly columns: number;
  readonly frames: number;
  readonly bitsAllocated: number;
  readonly photometric: string;
  readonly imagePosition: Vec3 | null;
  readonly rowDirection: Vec3 | null;
  readonly columnDirection: Vec3 | null;
  /** [row spacing, column spacing] in mm (PS3.3 C.7.6.2.1.1). */
  readonly pixelSpacing: readonly [number, number] | null;
  readonly sliceThickness: number | null;
  readonly repetitionTime: number | null;
  readonly echoTime: number | null;
  readonly inversionTime: number | null;
}

/** A file the indexer could not use, and why. */
export interface SkippedFile {
  readonly filePath: string;
  readonly reason: string;
}
