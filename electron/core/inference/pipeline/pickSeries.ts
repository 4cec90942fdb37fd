import type { SeriesRole } from '../../../common/vocabulary';
import type { SeriesInput, StudyInput } from './StudyInput';

export interface PickedSeries {
  readonly sagT2: SeriesInput | null;
  readonly sagT1: SeriesInput | null;
  /** Every axial T2 series: several may cover different levels (rsna-data.md pitfall 7). */
  readonly axial: readonly SeriesInput[];
}

/**
 * The series each detector reads, by series role (series.role: RSNA CSV, else description, else
 * orientation). Of several sagittal series of one role, the one with the most slices that carry
 * geometry (then the lowest id) is read.
 */
export function pickSeries(study: StudyInput): PickedSeries {
  const of = (role: SeriesRole): SeriesInput[] => study.series.filter((s) => s.role === role && s.slices.length > 0);
  const best = (list: SeriesInput[]): SeriesInput | null =>
    [...list].sort((a, b) => withGeometry(b) - withGeometry(a) || b.slices.length - a.slices.length || a.seriesId - b.seriesId)[0] ?? null;
  return { sagT2: best(of('sag_t2')), sagT1: best(of('sag_t1')), axial: of('ax_t2') };
}

function withGeometry(series: SeriesInput): number {
  return series.slices.filter((s) => s.geometry !== null).length;
}
