import type { EngineJob } from '../EngineJob';

/**
 * AI inference over studies (electron/core/inference/runs/runInferJob.ts). Loaded on first use,
 * so an engine that only scans never loads onnxruntime.
 */
export const inferJob: EngineJob = async (params, context) => {
  const { runInferJob } = await import('../../inference/runs/runInferJob');
  return runInferJob(params, context);
};
