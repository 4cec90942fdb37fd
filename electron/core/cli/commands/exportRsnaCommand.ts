import { Option, type Command } from 'commander';
import { exportRsnaFolder } from '../../labels/exportRsnaFolder';
import type { LabelVariant } from '../../labels/collectRsnaLabels';
import type { CliContext } from '../CliContext';

export function registerExportRsnaCommand(program: Command, ctx: CliContext): void {
  program
    .command('export-rsna')
    .description('write the labels as the three RSNA CSV files (atomically)')
    .argument('<dir>', 'folder to write into (created if missing)')
    .addOption(
      new Option('--variant <variant>', 'corrected (current values) or original (as imported)')
        .choices(['corrected', 'original'])
        .default('corrected'),
    )
    .action((dir: string, options: { variant: LabelVariant }) => {
      ctx.summary(exportRsnaFolder(ctx.db(), dir, options.variant));
    });
}
