import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Part10SeriesEncoder } from '../electron/core/dicom/Part10SeriesEncoder';
import type { SpineAnatomy } from './anatomy/SpineAnatomy';
import { TissueContrast } from './contrast/tissueSignal';
import { seriesDataset } from './dicom/seriesDataset';
import { sliceDataset } from './dicom/sliceDataset';
import type { StudyInfo } from './dicom/StudyInfo';
import type { SeriesPlan, SlicePlan } from './protocol/SeriesPlan';
import type { SeededRandom } from './random/SeededRandom';
import { BiasField } from './render/BiasField';
import { autoWindow } from './render/autoWindow';
import { resampledGrid, type RenderGrid } from './render/RenderGrid';
import { renderSliceGroup, type SliceImageRequest } from './render/renderSliceGroup';

interface SliceJob {
  readonly seriesIndex: number;
  readonly slice: SlicePlan;
  readonly grid: RenderGrid;
}

/** Files written for one series, in the order of its slices. */
export interface WrittenSeries {
  readonly series: SeriesPlan;
  readonly files: string[];
}

/**
 * Renders and writes every slice of a study as `<root>/<study_id>/<series_id>/<instance>.dcm`.
 * Slices that share a render grid (a sagittal T1 and T2 with one prescription) are painted in
 * one pass. Each file is encoded as soon as its pixels exist, so memory stays at one slice group.
 */
export function writeStudyImages(
  root: string,
  study: StudyInfo,
  anatomy: SpineAnatomy,
  series: readonly SeriesPlan[],
  random: SeededRandom,
): WrittenSeries[] {
  const l3 = anatomy.levels[2] ?? anatomy.levels[0];
  if (!l3) throw new Error('the anatomy has no graded levels');
  const written: WrittenSeries[] = series.map((s) => ({ series: s, files: [] }));
  const encoders = series.map((s, k) => new Part10SeriesEncoder(seriesDataset(study, s, k)));
  const setups = series.map((s, k) => {
    const own = random.fork('series', k);
    return {
      contrast: new TissueContrast(s.sequence, (value) => value * own.uniform(0.93, 1.07)),
      bias: new BiasField(anatomy.skinBack, l3.canalCentre, own),
      noise: own.fork('noise'),
    };
  });

  const groups = new Map<string, SliceJob[]>();
  series.forEach((s, seriesIndex) => {
    for (const slice of s.slices) {
      const g = slice.geometry;
      // The acquisition grid: the field of view at the series' render spacing, never finer than stored.
      const columns = Math.min(g.columns, Math.max(32, Math.round((g.columns * g.columnSpacing) / s.renderSpacing)));
      const rows = Math.min(g.rows, Math.max(32, Math.round((g.rows * g.rowSpacing) / s.renderSpacing)));
      const grid = resampledGrid(g, columns, rows);
      const key = [...grid.origin, ...grid.columnStep, ...grid.rowStep, columns, rows].map((v) => v.toFixed(4)).join(',');
      const groupKey = `${s.renderGroup}|${key}`;
      const jobs = groups.get(groupKey) ?? [];
      jobs.push({ seriesIndex, slice, grid });
      groups.set(groupKey, jobs);
    }
  });

  for (const jobs of groups.values()) {
    const first = jobs[0] as SliceJob;
    const requests: SliceImageRequest[] = jobs.map((job) => {
      const s = series[job.seriesIndex] as SeriesPlan;
      const setup = setups[job.seriesIndex] as (typeof setups)[number];
      return {
        geometry: job.slice.geometry,
        contrast: setup.contrast,
        bias: setup.bias,
        signalScale: s.signalScale,
        noiseSigma: s.noiseFraction * s.signalScale,
        bitsStored: s.bitsStored,
        random: setup.noise,
      };
    });
    const edge = Math.max(1, first.grid.pixelSize) * 1.1;
    const images = renderSliceGroup(anatomy.shapes, first.grid, requests, edge);
    jobs.forEach((job, k) => {
      const s = series[job.seriesIndex] as SeriesPlan;
      const pixels = images[k] as Uint16Array;
      const window = autoWindow(pixels, 5 * s.noiseFraction * s.signalScale);
      const bytes = (encoders[job.seriesIndex] as Part10SeriesEncoder).encode(sliceDataset(job.slice, window), pixels);
      const folder = join(root, study.studyId, s.seriesId);
      mkdirSync(folder, { recursive: true });
      const file = join(folder, `${job.slice.instanceNumber}.dcm`);
      writeFileSync(file, bytes);
      (written[job.seriesIndex] as WrittenSeries).files.push(file);
    });
  }
  return written;
}
