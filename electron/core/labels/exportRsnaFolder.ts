import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/writeFileAtomic';
import { formatCoordinatesCsv, formatSeriesDescriptionsCsv, formatTrainCsv } from '../rsna/formatRsnaCsv';
import { RSNA_FILES } from '../rsna/rsnaFiles';
import { readTransaction } from '../store/transaction';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { collectRsnaLabels, type LabelVariant } from './collectRsnaLabels';

export interface ExportSummary {
  readonly dir: string;
  readonly variant: LabelVariant;
  readonly studies: number;
  readonly coordinates: number;
  readonly series: number;
}

/** Writes the three RSNA CSVs of the store's labels into `dir`, each file atomically. */
export function exportRsnaFolder(db: WorkspaceDb, dir: string, variant: LabelVariant = 'corrected'): ExportSummary {
  // One read transaction so the three files come from the same snapshot of the labels.
  const labels = readTransaction(db, () => collectRsnaLabels(db, variant));
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(join(dir, RSNA_FILES.train), formatTrainCsv(labels.train));
  writeFileAtomic(join(dir, RSNA_FILES.coordinates), formatCoordinatesCsv(labels.coordinates));
  writeFileAtomic(join(dir, RSNA_FILES.seriesDescriptions), formatSeriesDescriptionsCsv(labels.seriesDescriptions));
  return { dir, variant, studies: labels.train.length, coordinates: labels.coordinates.length, series: labels.seriesDescriptions.length };
}
