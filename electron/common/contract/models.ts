import { z } from 'zod';
import { defineDomain, method, type Infer } from './defineDomain';
import { JobInfo } from './jobs';
import { FolderHandle } from '../ids';
import { Empty } from './schemaParts';

/** A model of a model folder, as the model list shows it. */
export const ModelListEntry = z.strictObject({
  id: z.string(),
  kind: z.string(),
  condition: z.string(),
  version: z.string(),
  sha256: z.string(),
  source: z.string(),
  metrics: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  /** The model card (Markdown), when the folder has one. */
  card: z.string().nullable(),
  /** The model a run uses for its kind and condition when no ids are given. */
  isDefault: z.boolean(),
});
export type ModelListEntry = Infer<typeof ModelListEntry>;

export const ModelFolder = z.strictObject({
  dir: z.string(),
  models: z.array(ModelListEntry).readonly(),
});
export type ModelFolder = Infer<typeof ModelFolder>;

/** The default model folder's versions, and importing more (an engine job; its result is a ModelImportSummary). */
export const modelsContract = defineDomain('models', {
  list: method(Empty, ModelFolder),
  import: method(z.object({ folder: FolderHandle }).strict(), JobInfo),
});
