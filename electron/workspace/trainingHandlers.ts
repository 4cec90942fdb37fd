import { existsSync, readFileSync } from 'node:fs';
import type { DomainHandlers, ModelFolder } from '../common/contract';
import { bundledModelsDirectory, defaultModelsDirectory, modelImportDirectory } from '../core/inference/models/defaultModelsDir';
import { readModelManifest } from '../core/inference/models/readModelManifest';
import { selectModels } from '../core/inference/models/selectModels';
import { exportThroughEngine } from '../core/training/export/exportThroughEngine';
import type { CoreServices } from './CoreServices';

/**
 * Training exports and model versions (issue 7). The export decodes every labelled series and the
 * import opens every model with onnxruntime, so both run as engine jobs; listing reads the
 * manifest only.
 */
export function trainingHandlers(services: CoreServices): DomainHandlers<'training' | 'models'> {
  const { jobs, engine } = services;
  return {
    'training:export': ({ folder, parts }) => {
      const dir = services.folders.resolve(folder, 'training-export', 'training:export');
      return jobs.start('export-training', `Export training sets to ${dir}`, (context) =>
        exportThroughEngine(
          engine,
          { databasePath: services.databasePath, dir, parts },
          { signal: context.signal, onProgress: context.progress },
        ),
      );
    },
    'models:list': () => listModelFolder(defaultModelsDirectory()),
    'models:import': ({ folder }) => {
      const dir = services.folders.resolve(folder, 'models', 'models:import');
      return jobs.start('import-models', `Import models from ${dir}`, async (context) => {
        const result = await engine.run(
          'import-models',
          { dir, modelsDir: modelImportDirectory(), seedFrom: bundledModelsDirectory() },
          { signal: context.signal, onProgress: context.progress },
        );
        services.emit('workspace:changed', { reason: 'models' });
        return result;
      });
    },
  };
}

/** The models of a folder, the ones a run picks by default marked, with their cards. */
export function listModelFolder(dir: string): ModelFolder {
  const manifest = readModelManifest(dir);
  const selection = selectModels(manifest.models);
  const defaults = new Set([...Object.values(selection.detectors), ...Object.values(selection.graders)].map((m) => m.entry.id));
  return {
    dir: manifest.file.replace(/[\\/]manifest\.json$/, ''),
    models: manifest.models.map(({ entry, cardPath }) => ({
      id: entry.id,
      kind: entry.kind,
      condition: entry.condition,
      version: entry.version,
      sha256: entry.sha256,
      source: entry.source,
      metrics: entry.metrics,
      card: cardPath && existsSync(cardPath) ? readFileSync(cardPath, 'utf8') : null,
      isDefault: defaults.has(entry.id),
    })),
  };
}
