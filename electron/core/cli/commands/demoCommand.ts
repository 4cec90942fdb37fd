import { InvalidArgumentError, type Command } from 'commander';
import { installDemoDataset } from '../../phantom/installDemoDataset';
import type { CliContext } from '../CliContext';

function integer(name: string, min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}`);
    return n;
  };
}

export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('generate synthetic lumbar spine MR studies (RSNA layout with labels) into <dir>, index them and import their labels')
    .argument('<dir>', 'folder to write (its train_images must not exist or be empty)')
    .option('--studies <n>', 'number of studies', integer('--studies', 1, 4000), 5)
    .option('--seed <s>', 'random seed: the same seed writes the same bytes', integer('--seed', -(2 ** 31), 2 ** 31 - 1), 1)
    .action(async (dir: string, options: { studies: number; seed: number }) => {
      const db = ctx.db();
      const progress = ctx.progress('generating');
      const controller = new AbortController();
      const onSignal = (): void => controller.abort();
      process.once('SIGINT', onSignal);
      const started = performance.now();
      try {
        const result = await installDemoDataset(db, dir, { studies: options.studies, seed: options.seed, signal: controller.signal, onProgress: progress.update });
        progress.stop();
        ctx.summary({
          dir: result.dataset.dir,
          seed: result.dataset.seed,
          studies: result.dataset.studies,
          series: result.dataset.series,
          instances: result.dataset.instances,
          labelledCells: result.dataset.labelledCells,
          points: result.dataset.points,
          indexed: result.index.instancesAdded,
          gradesImported: result.labels.gradesAdded,
          pointsImported: result.labels.pointsAdded,
          seconds: Math.round((performance.now() - started) / 100) / 10,
        });
      } finally {
        process.off('SIGINT', onSignal);
        progress.stop();
      }
    });
}
