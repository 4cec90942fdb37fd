import type { AiDiagnostics, ModelDiagnosis } from '../../../common/contract/ai';
import { providerCandidates } from '../runtime/executionProviders';
import { defaultModelsDirectory } from './defaultModelsDir';
import { ModelRefusedError } from './ModelRefusedError';
import { openModel } from './openModel';
import { readModelManifest } from './readModelManifest';

/**
 * What the diagnostics screen shows: which execution providers this machine offers (and why
 * the others are skipped), and each model of the default folder opened as a run would open it
 * (hash, interface, provider actually used, or every reason it is refused). Runs in the engine.
 */
export async function diagnoseModels(modelsDir: string = defaultModelsDirectory()): Promise<AiDiagnostics> {
  const providers = providerCandidates();
  let manifest;
  try {
    manifest = readModelManifest(modelsDir);
  } catch (error) {
    return { modelsDir, manifestError: (error as Error).message, providers, models: [] };
  }
  const models: ModelDiagnosis[] = [];
  for (const model of manifest.models) {
    const { id, kind, condition, version } = model.entry;
    try {
      const opened = await openModel(model);
      models.push({ id, kind, condition, version, status: 'ok', provider: opened.provider, reasons: [] });
      await opened.session.release();
    } catch (error) {
      const reasons = error instanceof ModelRefusedError ? [...error.reasons] : [(error as Error).message];
      models.push({ id, kind, condition, version, status: 'refused', provider: null, reasons });
    }
  }
  return { modelsDir, manifestError: null, providers, models };
}
