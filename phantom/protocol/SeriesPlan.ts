import type { SliceGeometry } from '../../electron/common/geometry';
import type { LevelId, SeriesRole } from '../../electron/common/vocabulary';
import type { PulseSequence } from '../contrast/PulseSequence';
import type { AcquisitionProtocol } from './AcquisitionProtocol';

/** One slice to write: where it is, its number, and the disc level of its axial block. */
export interface SlicePlan {
  readonly geometry: SliceGeometry;
  readonly instanceNumber: number;
  readonly sopInstanceUid: string;
  /** For axial slices: the disc level of the block this slice belongs to. */
  readonly level: LevelId | null;
  /** Signed distance (mm) of the slice from the block's disc centre, axial only. */
  readonly offsetFromDisc: number;
}

/** One series of a study, planned before any pixel is drawn. */
export interface SeriesPlan {
  readonly role: SeriesRole;
  readonly sequence: PulseSequence;
  /** The RSNA series_id: the series folder's name. */
  readonly seriesId: string;
  readonly seriesInstanceUid: string;
  readonly seriesNumber: number;
  readonly description: string;
  readonly protocol: AcquisitionProtocol;
  /** Slices in spatial order (sagittal: patient right to left; axial: cranial to caudal). */
  readonly slices: readonly SlicePlan[];
  /** Render grid spacing, mm: the acquisition resolution before interpolation to the matrix. */
  readonly renderSpacing: number;
  /** Series whose slices share this one's geometry are painted together (same key). */
  readonly renderGroup: string;
  /** Axial series: the disc levels it covers. */
  readonly levels: readonly LevelId[];
  /** Stored value that the brightest tissue (signal 1) maps to, before noise and bias. */
  readonly signalScale: number;
  readonly bitsStored: 12 | 16;
  /** Gaussian noise σ as a fraction of signalScale. */
  readonly noiseFraction: number;
  /** The pitfall "missing SliceThickness": written empty (it is Type 2, PS3.3 C.7.6.2). */
  readonly omitSliceThickness: boolean;
}
