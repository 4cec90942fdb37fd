import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export { EXPORT_PARTS, type ExportPart } from '../../../common/contract/training';

export const EXPORT_FORMAT_VERSION = 1;
export const EXPORT_MANIFEST_FILE = 'manifest.json';

const GradeCounts = z.record(z.string(), z.number().int().nonnegative());

/**
 * `manifest.json` of a training export (training/EXPORT_FORMAT.md, "manifest.json"): the
 * required keys the trainers check, plus what makes the export traceable (label fingerprint,
 * last audit entry, skipped points) and what the model cards copy.
 */
export const TrainingExportManifestSchema = z.object({
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  createdAt: z.string(),
  tool: z.string(),
  sourceDatabase: z.string().min(1),
  labelSnapshotAt: z.string().min(1),
  labelSet: z.literal('corrected'),
  /** sha256 of the exported labels: two exports with the same value hold the same labels. */
  labelsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  lastEditId: z.number().int().nullable(),
  normalisation: z.literal('minmax-uint8'),
  folds: z.object({
    count: z.literal(5),
    byStudy: z.record(z.string(), z.number().int().min(0).max(4)),
    /** Labelled cells per fold and grade (the stratification the folds achieved). */
    gradeCounts: z.array(GradeCounts),
  }),
  counts: z.object({
    crops: z.record(z.string(), GradeCounts).optional(),
    yolo: z.record(z.string(), z.object({ images: z.number().int(), negativeImages: z.number().int(), boxes: z.number().int() })).optional(),
  }),
  yolo: z.object({ boxSizePx: z.number() }).optional(),
  crops: z.object({ cropSize: z.number().int() }).optional(),
  skipped: z.record(z.string(), z.number().int().nonnegative()),
});

export type TrainingExportManifest = z.infer<typeof TrainingExportManifestSchema>;

/** The manifest of an existing export folder; null when the folder holds none (or not a valid one). */
export function readTrainingExportManifest(dir: string): TrainingExportManifest | null {
  const file = join(dir, EXPORT_MANIFEST_FILE);
  if (!existsSync(file)) return null;
  try {
    const parsed = TrainingExportManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
