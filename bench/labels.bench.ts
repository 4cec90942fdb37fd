import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportRsnaFolder } from '../electron/core/labels/exportRsnaFolder';
import { importRsnaLabels } from '../electron/core/labels/importRsnaLabels';
import { readRsnaFolder } from '../electron/core/rsna/readRsnaFolder';
import { openDatabase } from '../electron/core/store/openDatabase';
import type { BenchResult, Report } from './benchTypes';
import { ensureRsnaSizedLabels } from './support/rsnaSizedLabels';

const here = fileURLToPath(new URL('.', import.meta.url));

/** RSNA label import (validate every row, one transaction) and export (atomic files), RSNA-sized (issue 2). */
export async function run(report: Report): Promise<BenchResult> {
  const cache = join(here, '.cache');
  const labels = ensureRsnaSizedLabels(cache);
  const work = join(cache, 'labels-work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const imports: number[] = [];
  const exports: number[] = [];
  for (let i = 0; i < 3; i++) {
    const db = openDatabase(join(work, `run-${i}.sqlite`));
    const started = performance.now();
    const counts = importRsnaLabels(db, readRsnaFolder(labels.dir), { folder: labels.dir, reader: 'bench' });
    imports.push(performance.now() - started);
    if (counts.pointsAdded !== labels.coordinates) throw new Error(`imported ${counts.pointsAdded} of ${labels.coordinates} points`);
    const exportStarted = performance.now();
    exportRsnaFolder(db, join(work, `export-${i}`));
    exports.push(performance.now() - exportStarted);
    db.close();
  }
  const identical = ['train.csv', 'train_label_coordinates.csv', 'train_series_descriptions.csv'].every(
    (file) => readFileSync(join(labels.dir, file), 'utf8') === readFileSync(join(work, 'export-0', file), 'utf8'),
  );
  const importMs = Math.min(...imports);
  const exportMs = Math.min(...exports);
  report(
    'import (parse + validate + one transaction)',
    importMs,
    'ms',
    `${labels.studies} studies, ${labels.coordinates} coordinate rows, best of 3; target < 2000 ms`,
  );
  report('export (3 files, atomic)', exportMs, 'ms', 'target < 1000 ms');
  report('export identical to the imported files', identical ? 'yes' : 'NO');
  return { studies: labels.studies, coordinateRows: labels.coordinates, importMs, exportMs, exportIdentical: identical };
}
