import { InvalidArgumentError, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EngineHost } from '../../engine/EngineHost';
import { forkEngine } from '../../engine/forkEngine';
import { defaultModelsDirectory } from '../../inference/models/defaultModelsDir';
import { MANIFEST_FILE } from '../../inference/models/modelManifest';
import { runInference } from '../../inference/runs/runInference';
import { findStudyIdsByKeys } from '../../store/studies/studyRepository';
import { installDemoDataset } from '../../demo/installDemoDataset';
import type { CliContext } from '../CliContext';

function integer(name: string, min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}`);
    return n;
  };
}

export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(
      'generate synthetic lumbar spine MR studies (RSNA layout with labels) into <dir>, index them, import their labels and run the default AI models on them',
    )
    .argument('<dir>', 'folder to write (its train_images must not exist or be empty)')
    .option('--studies <n>', 'number of studies', integer('--studies', 1, 4000), 5)
    .option('--seed <s>', 'random seed: the same seed writes the same bytes', integer('--seed', -(2 ** 31), 2 ** 31 - 1), 1)
    .option('--no-ai', 'do not run the AI models on the new studies')
    .option('--models <dir>', 'model folder (default: $SPINE_REVIEW_MODELS, the user model folder, else the bundled models)')
    .action(async (dir: string, options: { studies: number; seed: number; ai: boolean; models?: string }) => {
      const db = ctx.db();
      const progress = ctx.progress('generating');
      const controller = new AbortController();
      const onSignal = (): void => controller.abort();
      process.once('SIGINT', onSignal);
      const started = performance.now();
      try {
        const result = await installDemoDataset(db, dir, {
          studies: options.studies,
          seed: options.seed,
          signal: controller.signal,
          onProgress: progress.update,
        });
        progress.stop();
        const keys = result.truth.map((t) => t.studyId);
        const ai = options.ai ? await runDefaultModels(ctx, keys, options.models, controller.signal) : null;
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
          aiRunId: ai?.runId ?? null,
          aiStatus: ai?.status ?? (options.ai ? 'no models' : 'skipped'),
          seconds: Math.round((performance.now() - started) / 100) / 10,
        });
      } finally {
        process.off('SIGINT', onSignal);
        progress.stop();
      }
    });
}

/**
 * The default models over the demo's studies (issue 7: "the app and `spine-review demo` use them
 * by default"), in a forked engine as `infer` does. Without a model folder the demo still stands.
 */
async function runDefaultModels(
  ctx: CliContext,
  studyKeys: readonly string[],
  models: string | undefined,
  signal: AbortSignal,
): Promise<{ runId: number; status: string } | null> {
  const modelsDir = models ?? defaultModelsDirectory();
  if (!existsSync(join(modelsDir, MANIFEST_FILE))) {
    ctx.info(`no model manifest in ${modelsDir}: the demo studies have no AI run`);
    return null;
  }
  const engine = new EngineHost(() => forkEngine());
  const progress = ctx.progress('AI');
  try {
    const studyIds = findStudyIdsByKeys(ctx.db(), studyKeys) as number[];
    const summary = await runInference(ctx.db(), engine, { modelsDir, studyIds }, { signal, onProgress: progress.update });
    for (const missing of summary.missingModels) ctx.info(`warning: ${missing}: those answers are priors`);
    ctx.info(`AI run ${summary.runId} on ${summary.done} of ${studyIds.length} studies (${summary.status})`);
    return { runId: summary.runId, status: summary.status };
  } finally {
    progress.stop();
    engine.dispose();
  }
}
