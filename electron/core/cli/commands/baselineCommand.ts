import type { Command } from 'commander';
import { constantBaseline } from '../../evaluation/constantBaseline';
import { readSolutionCsv } from '../../evaluation/readSolutionCsv';
import type { CliContext } from '../CliContext';

export function registerBaselineCommand(program: Command, ctx: CliContext): void {
  program
    .command('baseline')
    .description(
      'score constant predictors on a train.csv with the competition metric: per condition group, the label frequencies and the weighted-log-loss optimum',
    )
    .requiredOption('--solution <train.csv>', 'labels to score on')
    .option('--fit <train.csv>', 'labels to fit the constants on (default: the solution itself: the best constant on that set)')
    .action((options: { solution: string; fit?: string }) => {
      const solution = readSolutionCsv(options.solution);
      const fit = options.fit ? readSolutionCsv(options.fit) : solution;
      const fittedOn = options.fit ?? options.solution;
      const results = (['frequencies', 'weighted-optimum'] as const).map((kind) => constantBaseline(solution, fit, kind, fittedOn));
      for (const r of results) ctx.info(`${r.kind} (fitted on ${r.fittedOn}): score ${r.score.score?.toFixed(4) ?? 'n/a'}`);
      ctx.summary(Object.fromEntries(results.map((r) => [r.kind, { ...r.score, predictor: r.predictor }])));
    });
}
