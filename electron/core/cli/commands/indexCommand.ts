import type { Command } from 'commander';
import { indexFolder } from '../../indexing/indexFolder';
import { listIndexProblemsOfScan } from '../../store/index/indexProblemRepository';
import { workspaceCounts } from '../../store/workspaceCounts';
import type { CliContext } from '../CliContext';

export function registerIndexCommand(program: Command, ctx: CliContext): void {
  program
    .command('index')
    .description('index a folder of DICOM files (RSNA layout or any tree) into the database')
    .argument('<root>', 'folder to scan')
    .action(async (root: string) => {
      const db = ctx.db();
      const progress = ctx.progress('indexing');
      const controller = new AbortController();
      const onSignal = (): void => controller.abort();
      process.once('SIGINT', onSignal);
      try {
        const summary = await indexFolder(db, root, { signal: controller.signal, onProgress: progress.update });
        progress.stop();
        for (const { filePath, reason } of listIndexProblemsOfScan(db, summary.root)) ctx.info(`skipped ${filePath}: ${reason}`);
        const totals = workspaceCounts(db);
        ctx.summary({
          studies: totals.studies,
          series: totals.series,
          instances: totals.instances,
          skipped: summary.skipped,
          files: summary.files,
          added: summary.instancesAdded,
          unchanged: summary.unchanged,
          cancelled: summary.cancelled,
        });
      } finally {
        process.off('SIGINT', onSignal);
        progress.stop();
      }
    });
}
