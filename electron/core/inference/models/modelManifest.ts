import { z } from 'zod';
import { CONDITION_GROUPS } from '../../../common/vocabulary';

/** The two model interfaces of shared/design/seed-method.md. */
export const MODEL_KINDS = ['yolov8-detect', 'deepscorenet-grade'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/**
 * How a model's input is made from a slice. `minmax-uint8-grey3-letterbox`: per-slice min–max to
 * 8-bit, grey in 3 channels, letterboxed to the input size, 0..1 (detectors).
 * `minmax-uint8-grey3-crop32`: the same 8-bit slice, a 32×32×3 crop around the point, raw 0–255
 * (graders).
 */
export const PREPROCESSING = ['minmax-uint8-grey3-letterbox', 'minmax-uint8-grey3-crop32'] as const;
export type Preprocessing = (typeof PREPROCESSING)[number];

export const PREPROCESSING_OF_KIND: Record<ModelKind, Preprocessing> = {
  'yolov8-detect': 'minmax-uint8-grey3-letterbox',
  'deepscorenet-grade': 'minmax-uint8-grey3-crop32',
};

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lowercase hex digits');

export const ModelEntrySchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash and underscore only'),
    kind: z.enum(MODEL_KINDS),
    condition: z.enum(CONDITION_GROUPS),
    /** Path of the ONNX file relative to the manifest's folder. */
    file: z.string().min(1).refine((f) => !f.split(/[\\/]/).includes('..'), 'must stay inside the model folder'),
    sha256,
    version: z.string().min(1),
    /** Detector: the square input side S; grader: 32. */
    inputSize: z.number().int().positive(),
    /** Detector: class names in class-id order; grader: the three grades in output order. */
    classNames: z.array(z.string().min(1)).min(1),
    preprocessing: z.enum(PREPROCESSING),
    source: z.string().min(1),
    metrics: z.record(z.string(), z.union([z.number(), z.string(), z.null()])).default({}),
    /** Path of the model card (Markdown) relative to the manifest's folder. */
    card: z.string().min(1).nullable().default(null),
  })
  .superRefine((entry, ctx) => {
    if (entry.preprocessing !== PREPROCESSING_OF_KIND[entry.kind]) {
      ctx.addIssue({ code: 'custom', path: ['preprocessing'], message: `a ${entry.kind} model takes "${PREPROCESSING_OF_KIND[entry.kind]}"` });
    }
    if (entry.kind === 'deepscorenet-grade' && entry.classNames.length !== 3) {
      ctx.addIssue({ code: 'custom', path: ['classNames'], message: 'a grader has exactly three classes (Normal/Mild, Moderate, Severe)' });
    }
  });

export type ModelEntry = z.infer<typeof ModelEntrySchema>;

export const ModelManifestSchema = z
  .object({
    manifestVersion: z.literal(1),
    models: z.array(ModelEntrySchema),
  })
  .superRefine((manifest, ctx) => {
    const seen = new Set<string>();
    manifest.models.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['models', i, 'id'], message: `duplicate model id "${m.id}"` });
      seen.add(m.id);
    });
  });

export type ModelManifest = z.infer<typeof ModelManifestSchema>;

export const MANIFEST_FILE = 'manifest.json';
