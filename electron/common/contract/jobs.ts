import { z } from 'zod';
import { defineDomain, method, type Infer } from './defineDomain';
import { Empty, Timestamp } from './schemaParts';

/** A long job (index, import, export, inference…) as the UI sees it. */
export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JOB_KINDS = ['index', 'import-rsna', 'export-rsna', 'demo', 'infer', 'export-training', 'import-models'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JobInfo = z.strictObject({
  id: z.string(),
  kind: z.enum(JOB_KINDS),
  label: z.string(),
  state: z.enum(JOB_STATES),
  done: z.number(),
  total: z.number(),
  message: z.string().nullable(),
  /** The job's own summary (an import's counts, a TrainingExportSummary…); each job kind has its own. */
  result: z.unknown(),
  error: z.string().nullable(),
  startedAt: Timestamp,
  finishedAt: Timestamp.nullable(),
});
export type JobInfo = Infer<typeof JobInfo>;

/** The jobs of this session: what is running, and a way to stop it. Progress comes as events. */
export const jobsContract = defineDomain(
  'jobs',
  {
    list: method(Empty, z.array(JobInfo)),
    cancel: method(z.object({ jobId: z.string().min(1).max(100) }).strict(), z.boolean()),
  },
  { progress: JobInfo, finished: JobInfo },
);
