import { z } from 'zod';
import { RunId, StudyId } from '../ids';
import { RunBaseline } from './baseline';
import { defineDomain, method } from './defineDomain';
import { RunComparison, RunQuality, RunSummary } from './quality';
import { Empty } from './schemaParts';

/**
 * Stored model runs (issue 7): the list, one run's figures against the current labels, two runs
 * side by side, and the constant predictors a run must beat. Plain reads of the store.
 */
export const runsContract = defineDomain('runs', {
  list: method(Empty, z.array(RunSummary)),
  quality: method(z.object({ runId: RunId, withinMm: z.number().positive().max(100).optional() }).strict(), RunQuality),
  compare: method(
    z
      .object({
        firstRunId: RunId,
        secondRunId: RunId,
        studyIds: z.array(StudyId).max(100_000).optional(),
        onlyDifferent: z.boolean().optional(),
        limit: z.number().int().positive().max(1_000_000).optional(),
      })
      .strict(),
    RunComparison,
  ),
  baseline: method(z.object({ runId: RunId }).strict(), RunBaseline),
});
