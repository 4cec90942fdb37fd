import { join } from 'node:path';
import { syntheticStudy, type SyntheticOptions } from './syntheticStudy';
import { writeTestSlice } from './testDicom';

/**
 * Writes syntheticStudy(seed) as real MR DICOM files in the RSNA layout
 * `<root>/<seed>/<series>/<instance>.dcm` (16-bit, uncompressed, with the study's geometry and
 * RSNA series descriptions), to run the whole path: index → decode → infer.
 */
export async function writeSyntheticDicomStudy(root: string, seed: number, options: SyntheticOptions = {}): Promise<void> {
  const study = syntheticStudy(seed, options);
  for (const series of study.input.series) {
    for (const slice of series.slices) {
      const pixels = await study.source(slice);
      const g = slice.geometry!;
      writeTestSlice(join(root, String(seed), series.seriesKey, `${slice.instanceNumber}.dcm`), {
        studyUid: `2.25.${seed}`,
        seriesUid: `2.25.${seed}.${series.seriesKey}`,
        sopUid: `2.25.${seed}.${series.seriesKey}.${slice.instanceNumber}`,
        instanceNumber: slice.instanceNumber!,
        seriesDescription: series.role === 'sag_t2' ? 'Sagittal T2/STIR' : series.role === 'sag_t1' ? 'Sagittal T1' : 'Axial T2',
        rows: slice.rows,
        columns: slice.columns,
        position: [...g.position],
        orientation: [...g.rowDirection, ...g.columnDirection],
        pixelSpacing: [g.rowSpacing, g.columnSpacing],
        pixel: (r, c) => pixels.values[r * slice.columns + c] as number,
      });
    }
  }
}
