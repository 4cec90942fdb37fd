import { z } from 'zod';
import { StudyId } from '../ids';
import { defineDomain, method, type Infer } from './defineDomain';
import { JobInfo } from './jobs';
import { Empty } from './schemaParts';

export const AiRunRequest = z
  .object({
    /** studies.id values; every study of the workspace when absent. */
    studyIds: z.array(StudyId).max(100_000).optional(),
    strategy: z.enum(['targeted', 'every-slice']).optional(),
    /** Model ids of the default model folder to run (e.g. an imported version); its defaults when absent. */
    modelIds: z.array(z.string().min(1).max(200)).max(12).optional(),
  })
  .strict();
export type AiRunRequest = z.input<typeof AiRunRequest>;

export const ProviderStatus = z.strictObject({
  provider: z.string(),
  /** Null when the provider is worth trying on this machine; else why it is skipped. */
  skipReason: z.string().nullable(),
});
export type ProviderStatus = Infer<typeof ProviderStatus>;

export const ModelDiagnosis = z.strictObject({
  id: z.string(),
  kind: z.string(),
  condition: z.string(),
  version: z.string(),
  status: z.enum(['ok', 'refused']),
  /** The execution provider the model's session actually opened on. */
  provider: z.string().nullable(),
  reasons: z.array(z.string()).readonly(),
});
export type ModelDiagnosis = Infer<typeof ModelDiagnosis>;

/** The diagnostics screen: execution providers of this machine and the default models, opened as a run opens them. */
export const AiDiagnostics = z.strictObject({
  modelsDir: z.string(),
  manifestError: z.string().nullable(),
  providers: z.array(ProviderStatus).readonly(),
  models: z.array(ModelDiagnosis).readonly(),
});
export type AiDiagnostics = Infer<typeof AiDiagnostics>;

/** Running the AI on studies (an engine job writing a model run), and why a model would not open. */
export const aiContract = defineDomain('ai', {
  run: method(AiRunRequest, JobInfo),
  diagnostics: method(Empty, AiDiagnostics),
});
