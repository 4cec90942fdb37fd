import { join } from 'node:path';
import { writeTestSlice } from './testDicom';

export interface SmallStudySpec {
  studyKey: string;
  /** Slices per series. */
  slices?: number;
}

const SAGITTAL: [number, number, number, number, number, number] = [0, 1, 0, 0, 0, -1];
const AXIAL: [number, number, number, number, number, number] = [1, 0, 0, 0, 1, 0];

/**
 * Writes small studies in the RSNA layout: a Sagittal T1, a Sagittal T2/STIR and an Axial T2
 * series per study, with instance numbers deliberately NOT in spatial order (the RSNA pitfall;
 * `slices` must not be a multiple of 3).
 * Returns the series keys used, per study.
 */
export function writeSmallRsnaStudies(root: string, specs: SmallStudySpec[]): Map<string, { t1: string; t2: string; ax: string }> {
  const keys = new Map<string, { t1: string; t2: string; ax: string }>();
  specs.forEach((spec, studyIndex) => {
    const slices = spec.slices ?? 4;
    const base = 1000 + studyIndex * 10;
    const series = { t1: String(base + 1), t2: String(base + 2), ax: String(base + 3) };
    keys.set(spec.studyKey, series);
    const studyUid = `1.2.826.0.1.3680043.10.1.${studyIndex + 1}`;
    const write = (
      seriesKey: string,
      description: string,
      orientation: typeof SAGITTAL,
      position: (i: number) => [number, number, number],
    ): void => {
      for (let i = 0; i < slices; i++) {
        // Instance numbers shuffled against the spatial order (a permutation when 3 ∤ slices).
        const instanceNumber = ((i * 3 + 1) % slices) + 1;
        writeTestSlice(join(root, spec.studyKey, seriesKey, `${instanceNumber}.dcm`), {
          studyUid,
          seriesUid: `${studyUid}.${seriesKey}`,
          sopUid: `${studyUid}.${seriesKey}.${instanceNumber}`,
          instanceNumber,
          seriesDescription: description,
          orientation,
          position: position(i),
        });
      }
    };
    write(series.t1, 'Sagittal T1', SAGITTAL, (i) => [-12 + i * 4, -100, 100]);
    write(series.t2, 'Sagittal T2/STIR', SAGITTAL, (i) => [-12 + i * 4, -100, 100]);
    write(series.ax, 'Axial T2', AXIAL, (i) => [-80, -80, 20 - i * 4]);
  });
  return keys;
}
