import { z } from 'zod';

export const EXPORT_PARTS = ['yolo', 'crops'] as const;
export type ExportPart = (typeof EXPORT_PARTS)[number];

/** What a training export wrote (training/EXPORT_FORMAT.md), the job's result. */
export interface TrainingExportSummary {
  readonly dir: string;
  readonly parts: readonly ExportPart[];
  /** Parts of an earlier export of the same labels kept beside the new ones. */
  readonly kept: readonly ExportPart[];
  readonly studies: number;
  readonly counts: {
    readonly crops?: Readonly<Record<string, Readonly<Record<string, number>>>>;
    readonly yolo?: Readonly<Record<string, { readonly images: number; readonly negativeImages: number; readonly boxes: number }>>;
  };
  readonly skipped: Readonly<Record<string, number>>;
  readonly undecodable: readonly string[];
}

/** A model of a model folder, as the model list shows it. */
export interface ModelListEntry {
  readonly id: string;
  readonly kind: string;
  readonly condition: string;
  readonly version: string;
  readonly sha256: string;
  readonly source: string;
  readonly metrics: Readonly<Record<string, number | string | null>>;
  /** The model card (Markdown), when the folder has one. */
  readonly card: string | null;
  /** The model a run uses for its kind and condition when no ids are given. */
  readonly isDefault: boolean;
}

export interface ModelFolder {
  readonly dir: string;
  readonly models: readonly ModelListEntry[];
}

/** The result of a model import job. */
export interface ModelImportSummary {
  readonly modelsDir: string;
  readonly added: readonly { readonly id: string; readonly kind: string; readonly condition: string; readonly version: string; readonly sha256: string }[];
  readonly unchanged: readonly string[];
  readonly seeded: readonly string[];
}

const FolderPath = z.string().min(1).max(4096);

export const TrainingRequests = {
  export: z.object({ dir: FolderPath, parts: z.array(z.enum(EXPORT_PARTS)).min(1).max(2) }).strict(),
  models: z.object({}).strict(),
  importModels: z.object({ dir: FolderPath }).strict(),
} as const;
