import type { Command } from 'commander';
import { automationBias } from '../../evaluation/automationBias';
import type { CliContext } from '../CliContext';

const percent = (rate: number | null): string => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`);

export function registerBiasCommand(program: Command, ctx: CliContext): void {
  program
    .command('bias')
    .description(
      'automation bias over the blinded first reads: per reader, how often a first read that disagreed with the AI now has its grade (and how often one that agreed left it)',
    )
    .action(() => {
      const report = automationBias(ctx.db());
      for (const r of report.readers) {
        ctx.info(
          `${r.reader}: ${r.firstReads} first reads, ${r.cells} cells; toward the AI ${r.changedTowardAi} (${percent(r.towardAiRate)}), away ${r.changedAwayFromAi} (${percent(r.awayFromAiRate)})`,
        );
      }
      ctx.summary(report);
    });
}
