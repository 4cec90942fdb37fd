import type { EngineJob } from '../EngineJob';

/** Provider and model diagnostics (inference/models/diagnoseModels.ts), in the engine: it opens ONNX sessions. */
export const aiDiagnosticsJob: EngineJob = async () => {
  const { diagnoseModels } = await import('../../inference/models/diagnoseModels');
  return diagnoseModels();
};
