/** A long job (index, import, export, inference…) as the UI sees it. */
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export type JobKind = 'index' | 'import-rsna' | 'export-rsna' | 'demo' | 'infer' | 'export-training' | 'import-models';

export interface JobInfo {
  readonly id: string;
  readonly kind: JobKind;
  readonly label: string;
  readonly state: JobState;
  readonly done: number;
  readonly total: number;
  readonly message: string | null;
  readonly result: unknown;
  readonly error: string | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
}
