import type { Command } from 'commander';
import type { CliContext } from '../CliContext';
import { runTrainingExport } from '../runTrainingExport';

export function registerExportYoloCommand(program: Command, ctx: CliContext): void {
  program
    .command('export-yolo')
    .description(
      'write the detector training sets (Ultralytics format, one per detector, labelled and negative slices, 5 study folds) from the current labels',
    )
    .argument('<dir>', 'export folder (new, empty, or an earlier export: its crops are kept when the labels are the same)')
    .option('--with-crops', 'write the grader crops too, from the same label snapshot')
    .action((dir: string, options: { withCrops?: boolean }) =>
      runTrainingExport(ctx, dir, options.withCrops ? ['yolo', 'crops'] : ['yolo']),
    );
}
