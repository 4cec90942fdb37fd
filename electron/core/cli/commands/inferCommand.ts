import { Option, type Command } from 'commander';
import { EngineHost } from '../../engine/EngineHost';
import { forkEngine } from '../../engine/forkEngine';
import { defaultModelsDirectory } from '../../inference/models/defaultModelsDir';
import { isProviderName, type ProviderName } from '../../inference/runtime/executionProviders';
import { runInference } from '../../inference/runs/runInference';
import { priorsFromTrainCsv } from '../../inference/runs/priorsFromTrainCsv';
import { workspacePriors } from '../../inference/runs/workspacePriors';
import { submissionRows } from '../../inference/submission/submissionRows';
import { writeSubmissionCsv } from '../../inference/submission/writeSubmissionCsv';
import type { Strategy } from '../../inference/pipeline/inferStudy';
import { findStudyIdByKey, listStudyIds } from '../../store/studies/studyRepository';
import type { CliContext } from '../CliContext';

interface InferOptions {
  study?: string[];
  submission?: string;
  models?: string;
  strategy: Strategy;
  provider?: string[];
  threads?: string;
  priorsFrom?: string;
}

export function registerInferCommand(program: Command, ctx: CliContext): void {
  program
    .command('infer')
    .description('run the AI models over studies in the engine process, store the run, and optionally write a competition submission')
    .option('--study <key...>', 'study keys (RSNA study_id or StudyInstanceUID); default: every study')
    .option('--submission <file.csv>', 'write row_id,normal_mild,moderate,severe (25 rows per study)')
    .option(
      '--models <dir>',
      'model folder with manifest.json (default: $SPINE_REVIEW_MODELS, the user model folder, else the bundled models)',
    )
    .addOption(
      new Option('--strategy <strategy>', "targeted slices, or the seed's every slice")
        .choices(['targeted', 'every-slice'])
        .default('targeted'),
    )
    .option('--provider <name...>', 'execution providers to prefer (cuda, webgpu, dml, coreml); CPU is always the fallback')
    .option(
      '--priors-from <train.csv>',
      "answers where nothing was located come from these labels (default: the workspace's own labels); use the training labels when scoring on labelled studies",
    )
    .option('--threads <n>', 'intra-op threads per session (default: the number of cores, at most 8)')
    .action(async (options: InferOptions) => {
      const db = ctx.db();
      const studyIds = options.study?.map((key) => {
        const id = findStudyIdByKey(db, key);
        if (id === undefined) throw new Error(`--study ${key}: no such study in ${ctx.databasePath}`);
        return id;
      });
      const providers = options.provider?.map((p): ProviderName => {
        if (!isProviderName(p)) throw new Error(`--provider ${p}: not one of cuda, webgpu, dml, coreml, cpu`);
        return p;
      });
      const threads = options.threads === undefined ? undefined : Number(options.threads);
      if (threads !== undefined && !(Number.isInteger(threads) && threads > 0))
        throw new Error(`--threads ${options.threads}: not a positive integer`);
      const priors = options.priorsFrom ? priorsFromTrainCsv(options.priorsFrom) : undefined;
      const engine = new EngineHost(() => forkEngine());
      const progress = ctx.progress('inferring');
      const controller = new AbortController();
      const onSignal = (): void => controller.abort();
      process.once('SIGINT', onSignal);
      const started = performance.now();
      try {
        const summary = await runInference(
          db,
          engine,
          {
            modelsDir: options.models ?? defaultModelsDirectory(),
            strategy: options.strategy,
            ...(studyIds ? { studyIds } : {}),
            ...(providers ? { providers } : {}),
            ...(threads ? { threads } : {}),
            ...(priors ? { priors } : {}),
          },
          { signal: controller.signal, onProgress: progress.update },
        );
        progress.stop();
        for (const missing of summary.missingModels) ctx.info(`warning: ${missing}: those answers are priors`);
        for (const e of summary.errors) ctx.info(`study ${e.studyKey} failed: ${e.message}`);
        let rows = 0;
        if (options.submission) {
          const ids = studyIds ?? listStudyIds(db);
          const written = submissionRows(db, summary.runId, ids, priors ?? workspacePriors(db));
          writeSubmissionCsv(options.submission, written.rows);
          rows = written.rows.length;
          if (written.filled > 0) ctx.info(`${written.filled} submission rows are priors (studies the run did not answer)`);
        }
        const seconds = (performance.now() - started) / 1000;
        ctx.summary({
          runId: summary.runId,
          status: summary.status,
          strategy: options.strategy,
          provider: summary.provider,
          studies: summary.studies,
          done: summary.done,
          failed: summary.failed,
          submission: options.submission ?? null,
          rows,
          seconds: Math.round(seconds * 1000) / 1000,
        });
      } finally {
        process.off('SIGINT', onSignal);
        progress.stop();
        engine.dispose();
      }
    });
}
