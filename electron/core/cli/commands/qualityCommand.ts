import type { Command } from 'commander';
import { localisationErrors } from '../../evaluation/localisationErrors';
import { runQuality } from '../../evaluation/runQuality';
import type { CliContext } from '../CliContext';

export function registerQualityCommand(program: Command, ctx: CliContext): void {
  program
    .command('quality')
    .description(
      "a stored model run against the workspace's current labels: competition score and its parts, accuracy, macro-F1, recall per grade, confusion matrices, weighted kappa, localisation error in mm",
    )
    .argument('<run>', 'model run id')
    .option('--within <mm>', 'a point counts as found within this distance in patient space', '5')
    .option('--errors <file.csv>', 'also write every labelled point with its localisation error')
    .action(async (run: string, options: { within: string; errors?: string }) => {
      const runId = Number(run);
      const within = Number(options.within);
      if (!Number.isInteger(runId)) throw new Error(`run ${run}: not a run id`);
      if (!(within > 0)) throw new Error(`--within ${options.within}: not a positive distance`);
      const db = ctx.db();
      const quality = runQuality(db, runId, within);
      if (options.errors) {
        const { stringify } = await import('csv-stringify/sync');
        const { writeFileAtomic } = await import('../../fs/writeFileAtomic');
        const rows = localisationErrors(db, runId, within).errors.map((e) => [e.studyKey, e.condition, e.level, e.distanceMm, e.missing]);
        writeFileAtomic(
          options.errors,
          stringify(rows, { header: true, columns: ['study_id', 'condition', 'level', 'distance_mm', 'missing'] }),
        );
      }
      const s = quality.score;
      const l = quality.localisation;
      ctx.info(
        `run ${runId}: score ${s.score?.toFixed(4)} (spinal ${s.spinal?.toFixed(4)}, foraminal ${s.foraminal?.toFixed(4)}, subarticular ${s.subarticular?.toFixed(4)}, any severe ${s.any_severe_spinal?.toFixed(4)}) on ${s.labelledCells} cells of ${s.studies} studies`,
      );
      ctx.info(
        `localisation: ${l.found}/${l.labelledPoints} points within ${within} mm (${((l.foundRate ?? 0) * 100).toFixed(1)}%), median ${l.medianMm?.toFixed(2)} mm, p90 ${l.p90Mm?.toFixed(2)} mm`,
      );
      ctx.summary(quality);
    });
}
