import type { SeriesRole } from '../../electron/common/vocabulary';
import type { PulseSequence } from '../contrast/PulseSequence';

/**
 * SeriesDescription values as scanners write them. Every one classifies to its role through
 * classifySeriesRole's description rules, so a study without the RSNA CSV still sorts out.
 */
export const SERIES_DESCRIPTIONS: Readonly<Record<`${SeriesRole}:${PulseSequence}`, readonly string[]>> = {
  'sag_t1:t1': ['Sagittal T1', 'SAG T1', 'Sag T1 FSE', 'T1 TSE SAG'],
  'sag_t2:t2': ['Sagittal T2/STIR', 'SAG T2', 'Sag T2 FSE', 'T2 TSE SAG'],
  'sag_t2:stir': ['Sagittal T2/STIR', 'SAG STIR', 'Sag STIR'],
  'ax_t2:t2': ['Axial T2', 'AX T2', 'Ax T2 FSE', 'T2 TSE TRA'],
  // Never drawn: the phantom makes no T1 axial or STIR axial series.
  'sag_t1:t2': [],
  'sag_t1:stir': [],
  'sag_t2:t1': [],
  'ax_t2:t1': [],
  'ax_t2:stir': [],
};
