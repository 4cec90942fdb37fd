import { z } from 'zod';
import { PROVIDER_ORDER, type ProviderName } from '../runtime/executionProviders';
import type { ResolvedModel } from '../models/readModelManifest';
import type { InferenceOptions } from '../pipeline/inferStudy';
import { ModelEntrySchema } from '../models/modelManifest';
import type { StudyInput, StudyPrediction } from '../pipeline/StudyInput';

const Vec3 = z.tuple([z.number(), z.number(), z.number()]);
const Probabilities = z.tuple([z.number(), z.number(), z.number()]);

const SliceSchema = z.object({
  instanceId: z.number().int(),
  instanceNumber: z.number().int().nullable(),
  filePath: z.string().min(1),
  frame: z.number().int().nonnegative(),
  rows: z.number().int().positive(),
  columns: z.number().int().positive(),
  geometry: z
    .object({
      position: Vec3,
      rowDirection: Vec3,
      columnDirection: Vec3,
      rowSpacing: z.number().positive(),
      columnSpacing: z.number().positive(),
      rows: z.number().int().positive(),
      columns: z.number().int().positive(),
    })
    .nullable(),
});

export const StudyInputSchema = z.object({
  studyId: z.number().int(),
  studyKey: z.string(),
  series: z.array(
    z.object({
      seriesId: z.number().int(),
      seriesKey: z.string(),
      role: z.enum(['sag_t1', 'sag_t2', 'ax_t2']).nullable(),
      description: z.string().nullable(),
      slices: z.array(SliceSchema),
    }),
  ),
});

export const InferenceOptionsSchema = z.object({
  strategy: z.enum(['targeted', 'every-slice']),
  detector: z.object({
    confidence: z.number().min(0).max(1),
    iou: z.number().min(0).max(1),
    batchSize: z.number().int().positive(),
    maxDetections: z.number().int().positive(),
  }),
  targeting: z.object({
    spinalSlices: z.number().int().positive(),
    foraminalSlicesPerSide: z.number().int().positive(),
    foraminalOffsetMm: z.number().positive(),
    axialSlicesPerLevel: z.number().int().positive(),
    axialMaxDistanceMm: z.number().positive(),
    stopWhenComplete: z.boolean(),
  }),
  graderBatchSize: z.number().int().positive(),
  priors: z.record(z.string(), Probabilities),
});

/** What the parent sends the engine's `infer` job (structured clone, validated on arrival). */
export const InferJobParamsSchema = z.object({
  models: z.array(z.object({ entry: ModelEntrySchema, path: z.string(), cardPath: z.string().nullable() })),
  providers: z.array(z.enum(PROVIDER_ORDER)).optional(),
  threads: z.number().int().positive().optional(),
  options: InferenceOptionsSchema,
  studies: z.array(StudyInputSchema),
  /**
   * A module exporting `createSliceSource(): Promise<SliceSource>` to read pixels instead of the
   * DICOM decoder (tests and benchmarks on synthetic studies). Main never sets it.
   */
  sliceSourceModule: z.string().optional(),
});

/** The parameters with the pipeline's own (readonly) types; the schema's output must fit them. */
export interface InferJobParams {
  readonly models: readonly ResolvedModel[];
  readonly providers?: readonly ProviderName[];
  readonly threads?: number;
  readonly options: InferenceOptions;
  readonly studies: readonly StudyInput[];
  readonly sliceSourceModule?: string;
}

/** Validates what arrived from the parent. */
export function parseInferJobParams(params: unknown): InferJobParams {
  const parsed: InferJobParams = InferJobParamsSchema.parse(params);
  return parsed;
}

/** What the job hands back per study (EngineJobContext.emit), before its result. */
export type InferJobData =
  | { readonly kind: 'models'; readonly provider: string; readonly models: readonly unknown[] }
  | { readonly kind: 'study'; readonly prediction: StudyPrediction }
  | { readonly kind: 'study-error'; readonly studyId: number; readonly studyKey: string; readonly message: string };

export interface InferJobResult {
  readonly done: number;
  readonly failed: number;
  readonly cancelled: boolean;
  readonly provider: string;
  readonly peakRssBytes: number;
  /** CPU time of the engine process during the job (user + system), microseconds. */
  readonly cpuMicros: number;
}
