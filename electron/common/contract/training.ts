import { z } from 'zod';
import { defineDomain, method } from './defineDomain';
import { JobInfo } from './jobs';
import { FolderHandle } from '../ids';

export const EXPORT_PARTS = ['yolo', 'crops'] as const;
export type ExportPart = (typeof EXPORT_PARTS)[number];

/** What a training export wrote (training/EXPORT_FORMAT.md): the job's result (JobInfo.result, which the contract leaves unchecked). */
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

/** The result of a model import job. */
export interface ModelImportSummary {
  readonly modelsDir: string;
  readonly added: readonly {
    readonly id: string;
    readonly kind: string;
    readonly condition: string;
    readonly version: string;
    readonly sha256: string;
  }[];
  readonly unchanged: readonly string[];
  readonly seeded: readonly string[];
}

/**
 * Training-set exports (training/EXPORT_FORMAT.md): an engine job that decodes every labelled
 * series; its result is a TrainingExportSummary.
 */
export const trainingContract = defineDomain('training', {
  export: method(z.object({ folder: FolderHandle, parts: z.array(z.enum(EXPORT_PARTS)).min(1).max(2) }).strict(), JobInfo),
});
