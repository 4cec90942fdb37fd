import type { Command } from 'commander';
import { isAbsolute, resolve } from 'node:path';
import type { LabelSetSource } from '../../../common/contract/quality';
import { asRunId } from '../../../common/ids';
import { labelSetAgreement } from '../../evaluation/labelSetAgreement';
import { labelSetDisagreements } from '../../evaluation/labelSetDisagreements';
import type { CliContext } from '../CliContext';

/** A grade set named on the command line: `current`, `imported`, `run:<id>`, or a folder holding a reader's train.csv. */
export function parseLabelSet(text: string, option: string): LabelSetSource {
  if (text === 'current' || text === 'imported') return { kind: text };
  const run = /^run:(\d+)$/.exec(text);
  if (run) return { kind: 'run', runId: asRunId(Number(run[1])) };
  if (text.startsWith('run:')) throw new Error(`${option} ${text}: a run is run:<id>, e.g. run:3`);
  return { kind: 'folder', dir: isAbsolute(text) ? text : resolve(text) };
}

export function registerAgreementCommand(program: Command, ctx: CliContext): void {
  program
    .command('agreement')
    .description(
      "two grade sets compared (weighted kappa, accuracy, confusion), e.g. the workspace's labels against another reader's export; optionally every disagreeing cell as CSV, for adjudication",
    )
    .requiredOption('--first <set>', "current | imported | run:<id> | a folder with a reader's train.csv")
    .requiredOption('--second <set>', 'the same kinds')
    .option('--disagreements <file.csv>', 'write every cell the two sets grade differently (widest first)')
    .action(async (options: { first: string; second: string; disagreements?: string }) => {
      const first = parseLabelSet(options.first, '--first');
      const second = parseLabelSet(options.second, '--second');
      const db = ctx.db();
      const agreement = labelSetAgreement(db, first, second);
      const disagreements = labelSetDisagreements(db, first, second, { limit: Number.MAX_SAFE_INTEGER });
      if (options.disagreements) {
        const { stringify } = await import('csv-stringify/sync');
        const { writeFileAtomic } = await import('../../fs/writeFileAtomic');
        const rows = disagreements.rows.map((r) => [r.studyKey, r.condition, r.level, r.first, r.second, r.distance]);
        writeFileAtomic(
          options.disagreements,
          stringify(rows, { header: true, columns: ['study_id', 'condition', 'level', 'first', 'second', 'grades_apart'] }),
        );
      }
      ctx.info(
        `${agreement.n} cells graded in both: quadratic kappa ${agreement.quadraticKappa?.toFixed(3) ?? '–'}, accuracy ${agreement.accuracy === null ? '–' : `${(agreement.accuracy * 100).toFixed(1)}%`}; ${disagreements.total} disagree`,
      );
      ctx.summary({ ...agreement, disagreements: disagreements.total, disagreementsByCondition: disagreements.byCondition });
    });
}
