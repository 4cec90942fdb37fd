import { z } from 'zod';
import type { EngineJob } from '../EngineJob';

const ImportParams = z.object({ dir: z.string().min(1), modelsDir: z.string().min(1), seedFrom: z.string().min(1).optional() });

/**
 * Model import from a folder (issue 7): every model is opened and probed with onnxruntime, which
 * main never loads, so it runs here. Loaded on first use, like the infer job.
 */
export const importModelsJob: EngineJob = async (params, context) => {
  const { dir, modelsDir, seedFrom } = ImportParams.parse(params);
  context.progress(0, 1, 'checking models');
  const { importModelFolder } = await import('../../inference/models/importModelFolder');
  const summary = await importModelFolder(dir, modelsDir, seedFrom ? { seedFrom } : {});
  context.progress(1, 1);
  return summary;
};
