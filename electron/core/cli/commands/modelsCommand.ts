import { Option, type Command } from 'commander';
import { CONDITION_GROUPS, type ConditionGroup } from '../../../common/vocabulary';
import { bundledModelsDirectory, defaultModelsDirectory, userModelsDirectory } from '../../inference/models/defaultModelsDir';
import { importModelFolder } from '../../inference/models/importModelFolder';
import { importModelFile } from '../../inference/models/importModelFile';
import { MODEL_KINDS, type ModelKind } from '../../inference/models/modelManifest';
import { ModelRefusedError } from '../../inference/models/ModelRefusedError';
import { openModel } from '../../inference/models/openModel';
import { readModelManifest } from '../../inference/models/readModelManifest';
import type { CliContext } from '../CliContext';

export function registerModelsCommand(program: Command, ctx: CliContext): void {
  const models = program.command('models').description('list, check and import AI models');
  models
    .command('list')
    .description('list the models of a model folder; --check opens each (hash, interface, execution provider)')
    .option('--models <dir>', 'model folder (default: $SPINE_REVIEW_MODELS, the user model folder, else the bundled models)')
    .option('--check', 'verify every model as a run would')
    .action(async (options: { models?: string; check?: boolean }) => {
      const dir = options.models ?? defaultModelsDirectory();
      const manifest = readModelManifest(dir);
      const rows = [];
      for (const model of manifest.models) {
        const { id, kind, condition, version } = model.entry;
        let status = 'listed';
        let provider: string | null = null;
        if (options.check) {
          try {
            const opened = await openModel(model);
            provider = opened.provider;
            status = 'ok';
            await opened.session.release();
          } catch (error) {
            status = 'refused';
            ctx.info(error instanceof ModelRefusedError ? error.message : `${model.path}: ${(error as Error).message}`);
          }
        }
        ctx.info(`${id}  ${kind}  ${condition}  ${version}  ${status}${provider ? ` (${provider})` : ''}`);
        rows.push({ id, status });
      }
      ctx.summary({ manifest: manifest.file, models: rows.length, refused: rows.filter((r) => r.status === 'refused').length });
      if (rows.some((r) => r.status === 'refused')) process.exitCode = 1;
    });
  models
    .command('import')
    .description('check a model file, hash it and copy it into a model folder with a card and a manifest entry')
    .argument('<file>', 'ONNX file')
    .addOption(new Option('--kind <kind>', 'model interface').choices([...MODEL_KINDS]).makeOptionMandatory())
    .addOption(new Option('--condition <condition>', 'condition group').choices([...CONDITION_GROUPS]).makeOptionMandatory())
    .option('--id <id>', 'model id (default: the file name)')
    .option('--version <version>', 'model version (default: the metadata version, else today)')
    .option('--to <dir>', 'model folder (default: the user model folder)')
    .action(async (file: string, options: { kind: ModelKind; condition: ConditionGroup; id?: string; version?: string; to?: string }) => {
      const dir = options.to ?? userModelsDirectory();
      const imported = await importModelFile(
        {
          file,
          kind: options.kind,
          condition: options.condition,
          ...(options.id ? { id: options.id } : {}),
          ...(options.version ? { version: options.version } : {}),
        },
        dir,
      );
      ctx.summary({ id: imported.entry.id, added: imported.added, path: imported.path, sha256: imported.entry.sha256 });
    });
  models
    .command('import-folder')
    .description(
      "add every model of a folder (a trainer's output with manifest.json and cards, or ONNX files with metadata) to a model folder, checked and hashed",
    )
    .argument('<dir>', 'folder holding the models')
    .option('--to <dir>', 'model folder (default: the user model folder; a new one starts with the bundled models)')
    .action(async (dir: string, options: { to?: string }) => {
      const summary = await importModelFolder(
        dir,
        options.to ?? userModelsDirectory(),
        options.to ? {} : { seedFrom: bundledModelsDirectory() },
      );
      for (const m of summary.added) ctx.info(`added ${m.id}  ${m.kind}  ${m.condition}  ${m.version}`);
      ctx.summary(summary);
    });
}
