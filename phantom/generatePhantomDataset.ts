import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { writeFileAtomic } from '../electron/core/fs/writeFileAtomic';
import { formatCoordinatesCsv, formatSeriesDescriptionsCsv, formatTrainCsv } from '../electron/core/rsna/formatRsnaCsv';
import type { CoordinateRow, SeriesDescriptionRow, TrainRow } from '../electron/core/rsna/RsnaLabels';
import { RSNA_FILES } from '../electron/core/rsna/rsnaFiles';
import { generatePhantomStudy, type PhantomStudyOptions } from './generatePhantomStudy';
import { MAX_STUDIES } from './PhantomIds';
import type { StudyTruth } from './truth/StudyTruth';

export interface PhantomDatasetOptions extends PhantomStudyOptions {
  readonly studies: number;
  /** Any integer; the same seed gives the same bytes. Default 1. */
  readonly seed?: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface PhantomDatasetSummary {
  readonly dir: string;
  readonly imagesDir: string;
  readonly seed: number;
  readonly studies: number;
  readonly series: number;
  readonly instances: number;
  readonly labelledCells: number;
  readonly points: number;
  /** The ground truth of every study, in memory (not written anywhere). */
  readonly truth: readonly StudyTruth[];
}

/**
 * Writes a synthetic RSNA-layout dataset of lumbar spine MR studies to `dir`:
 * train_images/<study_id>/<series_id>/<instance_number>.dcm plus train.csv,
 * train_label_coordinates.csv and train_series_descriptions.csv (shared/design/rsna-data.md).
 * `dir/train_images` must not exist or be empty, so the folder holds exactly these studies.
 */
export async function generatePhantomDataset(dir: string, options: PhantomDatasetOptions): Promise<PhantomDatasetSummary> {
  const count = options.studies;
  if (!Number.isInteger(count) || count < 1 || count > MAX_STUDIES)
    throw new Error(`studies must be an integer from 1 to ${MAX_STUDIES}, got ${count}`);
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  const root = resolve(dir);
  const imagesDir = join(root, 'train_images');
  if (existsSync(imagesDir) && readdirSync(imagesDir).length > 0) {
    throw new Error(`${imagesDir} already holds files; give an empty or new folder so it holds exactly the generated studies`);
  }
  mkdirSync(imagesDir, { recursive: true });

  const truth: StudyTruth[] = [];
  const train: TrainRow[] = [];
  const coordinates: CoordinateRow[] = [];
  const seriesDescriptions: SeriesDescriptionRow[] = [];
  for (let index = 0; index < count; index++) {
    if (options.signal?.aborted) throw new Error('phantom generation cancelled');
    const study = generatePhantomStudy(imagesDir, seed, index, options);
    truth.push(study.truth);
    train.push(study.train);
    coordinates.push(...study.coordinates);
    seriesDescriptions.push(...study.seriesDescriptions);
    options.onProgress?.(index + 1, count);
    await yieldToEventLoop();
  }
  writeFileAtomic(join(root, RSNA_FILES.train), formatTrainCsv(train));
  writeFileAtomic(join(root, RSNA_FILES.coordinates), formatCoordinatesCsv(coordinates));
  writeFileAtomic(join(root, RSNA_FILES.seriesDescriptions), formatSeriesDescriptionsCsv(seriesDescriptions));
  return {
    dir: root,
    imagesDir,
    seed,
    studies: count,
    series: truth.reduce((sum, t) => sum + t.series.length, 0),
    instances: truth.reduce((sum, t) => sum + t.series.reduce((n, s) => n + s.instanceCount, 0), 0),
    labelledCells: train.reduce((sum, row) => sum + [...row.grades.values()].filter((g) => g !== null).length, 0),
    points: coordinates.length,
    truth,
  };
}
