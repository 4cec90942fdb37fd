import { z } from 'zod';

export const AiRunRequest = z
  .object({
    /** studies.id values; every study of the workspace when absent. */
    studyIds: z.array(z.number().int().positive()).max(100_000).optional(),
    strategy: z.enum(['targeted', 'every-slice']).optional(),
    /** Model ids of the default model folder to run (e.g. an imported version); its defaults when absent. */
    modelIds: z.array(z.string().min(1).max(200)).max(12).optional(),
  })
  .strict();
export type AiRunRequest = z.infer<typeof AiRunRequest>;

export interface ProviderStatus {
  readonly provider: string;
  /** Null when the provider is worth trying on this machine; else why it is skipped. */
  readonly skipReason: string | null;
}

export interface ModelDiagnosis {
  readonly id: string;
  readonly kind: string;
  readonly condition: string;
  readonly version: string;
  readonly status: 'ok' | 'refused';
  /** The execution provider the model's session actually opened on. */
  readonly provider: string | null;
  readonly reasons: readonly string[];
}

/** The diagnostics screen: execution providers of this machine and the default models, opened as a run opens them. */
export interface AiDiagnostics {
  readonly modelsDir: string;
  readonly manifestError: string | null;
  readonly providers: readonly ProviderStatus[];
  readonly models: readonly ModelDiagnosis[];
}
