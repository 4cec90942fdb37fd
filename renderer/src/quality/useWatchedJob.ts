import { useCallback, useEffect, useState } from 'react';
import type { JobInfo } from '../../../electron/common/contract';
import { subscribe } from '../api/spine';

/**
 * One job a panel started, kept current by the job events, so the panel can show its progress,
 * offer cancel, and read its result when it ends (the job strip shows every job as well). Held
 * by the screen, not the panel, so a job started in one section is still shown there after a
 * look at another.
 */
export interface WatchedJob {
  readonly job: JobInfo | null;
  readonly watch: (job: JobInfo) => void;
  readonly clear: () => void;
}

export function useWatchedJob(): WatchedJob {
  const [job, setJob] = useState<JobInfo | null>(null);
  const id = job?.id ?? null;
  useEffect(() => {
    if (id === null) return undefined;
    const update = (next: JobInfo): void => {
      if (next.id === id) setJob(next);
    };
    const offProgress = subscribe('job:progress', update);
    const offFinished = subscribe('job:finished', update);
    return () => {
      offProgress();
      offFinished();
    };
  }, [id]);
  const watch = useCallback((started: JobInfo) => setJob(started), []);
  const clear = useCallback(() => setJob(null), []);
  return { job, watch, clear };
}
