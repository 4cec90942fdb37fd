import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ProblemList } from './CsvValidationError';
import { parseCoordinatesCsv } from './parseCoordinatesCsv';
import { parseSeriesDescriptionsCsv } from './parseSeriesDescriptionsCsv';
import { parseTrainCsv } from './parseTrainCsv';
import type { RsnaLabels } from './RsnaLabels';
import { RSNA_FILES, TEST_SERIES_DESCRIPTIONS_FILE } from './rsnaFiles';

/**
 * Reads and validates whichever of the three RSNA CSVs a folder holds. Every row of every file
 * is checked before anything is returned; any problem throws CsvValidationError listing them all.
 */
export function readRsnaFolder(dir: string): RsnaLabels {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir}: folder not found`);
  const problems = new ProblemList();
  const read = (name: string): { text: string; file: string } | null => {
    const file = join(dir, name);
    return existsSync(file) ? { text: readFileSync(file, 'utf8'), file } : null;
  };
  const train = read(RSNA_FILES.train);
  const coordinates = read(RSNA_FILES.coordinates);
  const series = read(RSNA_FILES.seriesDescriptions) ?? read(TEST_SERIES_DESCRIPTIONS_FILE);
  if (!train && !coordinates && !series) {
    throw new Error(`${dir}: none of ${Object.values(RSNA_FILES).join(', ')} found`);
  }
  const labels: { -readonly [K in keyof RsnaLabels]: RsnaLabels[K] } = {};
  if (train) labels.train = parseTrainCsv(train.text, train.file, problems);
  if (coordinates) labels.coordinates = parseCoordinatesCsv(coordinates.text, coordinates.file, problems);
  if (series) labels.seriesDescriptions = parseSeriesDescriptionsCsv(series.text, series.file, problems);
  problems.throwIfAny();
  return labels;
}
