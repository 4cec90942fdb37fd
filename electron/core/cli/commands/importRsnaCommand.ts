import type { Command } from 'commander';
import { importRsnaLabels } from '../../labels/importRsnaLabels';
import { readRsnaFolder } from '../../rsna/readRsnaFolder';
import { resolveReader } from '../../settings/resolveReader';
import type { CliContext } from '../CliContext';

export function registerImportRsnaCommand(program: Command, ctx: CliContext): void {
  program
    .command('import-rsna')
    .description(
      'import train.csv, train_label_coordinates.csv and train_series_descriptions.csv (any subset) from a folder; all or nothing',
    )
    .argument('<dir>', 'folder holding the CSV files')
    .action((dir: string) => {
      const labels = readRsnaFolder(dir);
      const db = ctx.db();
      const counts = importRsnaLabels(db, labels, { folder: dir, reader: resolveReader(db) });
      ctx.summary(counts);
    });
}
