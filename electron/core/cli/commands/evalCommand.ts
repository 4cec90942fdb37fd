import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { parseSubmissionCsv } from '../../evaluation/parseSubmissionCsv';
import { readSolutionCsv } from '../../evaluation/readSolutionCsv';
import { rsnaScore } from '../../evaluation/rsnaMetric';
import { scoreModelRun } from '../../evaluation/scoreModelRun';
import type { CliContext } from '../CliContext';

interface EvalOptions {
  solution?: string;
  submission?: string;
  run?: string;
}

export function registerEvalCommand(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description(
      'score predictions with the RSNA 2024 metric: a submission file against a train.csv, or a stored model run against the workspace labels',
    )
    .option('--solution <train.csv>', 'labels in train.csv format')
    .option('--submission <file.csv>', 'predictions: row_id,normal_mild,moderate,severe')
    .option('--run <id>', 'a stored model run, scored against the current labels of the workspace')
    .action((options: EvalOptions) => {
      let score;
      if (options.solution && options.submission) {
        const solution = readSolutionCsv(options.solution);
        const submission = parseSubmissionCsv(readFileSync(options.submission, 'utf8'), options.submission);
        ctx.info(`${solution.length} labelled cells scored against ${submission.length} submission rows`);
        score = rsnaScore(solution, submission);
      } else if (options.run && !options.solution && !options.submission) {
        const runId = Number(options.run);
        if (!Number.isInteger(runId)) throw new Error(`--run ${options.run}: not a run id`);
        const result = scoreModelRun(ctx.db(), runId);
        ctx.info(`run ${runId}: ${result.labelledCells} labelled cells in ${result.studies} studies`);
        score = result;
      } else {
        throw new Error('give --solution <train.csv> with --submission <file.csv>, or --run <id>');
      }
      ctx.summary({
        spinal: score.spinal,
        foraminal: score.foraminal,
        subarticular: score.subarticular,
        any_severe_spinal: score.any_severe_spinal,
        score: score.score,
      });
    });
}
