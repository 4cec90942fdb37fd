import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONDITIONS, LEVELS, LOCATIONS, locationKey, type GradeId } from '../../electron/common/vocabulary';
import { formatCoordinatesCsv, formatSeriesDescriptionsCsv, formatTrainCsv } from '../../electron/core/rsna/formatRsnaCsv';
import type { CoordinateRow, SeriesDescriptionRow, TrainRow } from '../../electron/core/rsna/RsnaLabels';

/**
 * An RSNA-sized label set (shared/design/rsna-data.md): 1,975 studies with 25 cells each
 * (77% / 16% / 6% and ~1% empty), ~48,700 coordinate rows, ~6,300 series rows. Deterministic.
 */
export function ensureRsnaSizedLabels(cacheDir: string): { dir: string; studies: number; coordinates: number } {
  const dir = join(cacheDir, 'rsna-sized-labels');
  const studies = 1975;
  let random = 12345;
  const next = (): number => {
    random = (random * 1103515245 + 12345) % 2 ** 31;
    return random / 2 ** 31;
  };
  const train: TrainRow[] = [];
  const coordinates: CoordinateRow[] = [];
  const series: SeriesDescriptionRow[] = [];
  for (let s = 0; s < studies; s++) {
    const studyId = String(4_000_000 + s * 7919);
    const seriesIds = { sag_t1: String(s * 100 + 1), sag_t2: String(s * 100 + 2), ax_t2: String(s * 100 + 3) };
    series.push(
      { studyId, seriesId: seriesIds.sag_t1, role: 'sag_t1' },
      { studyId, seriesId: seriesIds.sag_t2, role: 'sag_t2' },
      { studyId, seriesId: seriesIds.ax_t2, role: 'ax_t2' },
    );
    if (s % 6 === 0) series.push({ studyId, seriesId: String(s * 100 + 4), role: 'ax_t2' });
    const grades = new Map<string, GradeId | null>();
    for (const location of LOCATIONS) {
      const r = next();
      const grade: GradeId | null = r < 0.012 ? null : r < 0.77 ? 'normal_mild' : r < 0.935 ? 'moderate' : 'severe';
      grades.set(locationKey(location), grade);
    }
    train.push({ studyId, grades });
    for (const condition of CONDITIONS) {
      for (const level of LEVELS) {
        if (grades.get(`${condition.id}:${level.id}`) === null && next() < 0.9) continue;
        coordinates.push({
          studyId,
          seriesId: seriesIds[condition.role],
          instanceNumber: 1 + Math.floor(next() * 20),
          condition: condition.id,
          level: level.id,
          x: 100 + next() * 400,
          y: 100 + next() * 400,
        });
      }
    }
  }
  if (!existsSync(join(dir, 'train.csv'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'train.csv'), formatTrainCsv(train));
    writeFileSync(join(dir, 'train_label_coordinates.csv'), formatCoordinatesCsv(coordinates));
    writeFileSync(join(dir, 'train_series_descriptions.csv'), formatSeriesDescriptionsCsv(series));
  }
  return { dir, studies, coordinates: coordinates.length };
}
