import type { Command } from 'commander';
import type { CliContext } from '../CliContext';
import { runTrainingExport } from '../runTrainingExport';

export function registerExportCropsCommand(program: Command, ctx: CliContext): void {
  program
    .command('export-crops')
    .description('write the grader training sets (32×32 crops with grade labels, 5 study folds) from the current labels')
    .argument('<dir>', 'export folder (new, empty, or an earlier export: its YOLO sets are kept when the labels are the same)')
    .option('--with-yolo', 'write the detector sets too, from the same label snapshot')
    .action((dir: string, options: { withYolo?: boolean }) =>
      runTrainingExport(ctx, dir, options.withYolo ? ['yolo', 'crops'] : ['crops']),
    );
}
