import type { Command } from 'commander';
import { workspaceCounts } from '../../store/workspaceCounts';
import type { CliContext } from '../CliContext';

export function registerStatsCommand(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('print the counts of the workspace database')
    .action(() => {
      ctx.summary({ db: ctx.databasePath, ...workspaceCounts(ctx.db()) });
    });
}
