import { z } from 'zod';
import { defineDomain, method, type Infer } from './defineDomain';
import { JobInfo } from './jobs';
import { FolderHandle } from '../ids';
import { Timestamp } from './schemaParts';

/** A file the indexer could not take, and why (table `index_problems`). */
export const IndexProblem = z.strictObject({
  filePath: z.string(),
  reason: z.string(),
  seenAt: Timestamp,
});
export type IndexProblem = Infer<typeof IndexProblem>;

/** Indexing a folder of DICOM files into the workspace (an engine job), and what it refused. */
export const indexContract = defineDomain('index', {
  start: method(z.object({ folder: FolderHandle }).strict(), JobInfo),
  problems: method(z.object({ limit: z.number().int().min(1).max(10_000).optional() }).strict(), z.array(IndexProblem)),
});
