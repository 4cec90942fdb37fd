import type { EngineJob } from './EngineJob';
import { scanJob } from './jobs/scanJob';
import { importRsnaJob } from './jobs/importRsnaJob';
import { exportRsnaJob } from './jobs/exportRsnaJob';
import { inferJob } from './jobs/inferJob';
import { demoJob } from './jobs/demoJob';
import { aiDiagnosticsJob } from './jobs/aiDiagnosticsJob';
import { exportTrainingJob } from './jobs/exportTrainingJob';
import { importModelsJob } from './jobs/importModelsJob';

/** Every job kind the engine process runs. Add a kind: write its file in jobs/, list it here. */
export const ENGINE_JOBS: Readonly<Record<string, EngineJob>> = {
  scan: scanJob,
  'import-rsna': importRsnaJob,
  'export-rsna': exportRsnaJob,
  infer: inferJob,
  'first-run-demo': demoJob,
  'ai-diagnostics': aiDiagnosticsJob,
  'export-training': exportTrainingJob,
  'import-models': importModelsJob,
};
