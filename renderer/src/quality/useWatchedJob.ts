import { useCallback, useEffect, useState } from 'react';
import type { JobInfo } from '../../../electron/common/contract';
import { call, subscribe } from '../api/spine';

export interface WatchedJob {
  readonly job: JobInfo | null;
  readonly watch: (job: JobInfo) => void;
  readonly clear: () => void;
}

/** Finished states never change again; a running job's info is replaced by any later one. */
function later(current: JobInfo, next: JobInfo): JobInfo {
  return current.state !== 'running' ? current : next;
}

/**
 * One job a panel started, kept current by the job events, so the panel can show its progress,
 * offer cancel, and read its result when it ends (the job strip shows every job as well). Held
 * by the screen, not the panel, so a job started in one section is still shown there after a
 * look at another.
 */
export function useWatchedJob(): WatchedJob {
  const [job, setJob] = useState<JobInfo | null>(null);
  const id = job?.id ?? null;
  useEffect(() => {
    if (id === null) return undefined;
    let live = true;
    const update = (next: JobInfo): void => {
      if (live && next.id === id) setJob((current) => (current && current.id === id ? later(current, next) : current));
    };
    const offProgress = subscribe('jobs:progress', update);
    const offFinished = subscribe('jobs:finished', update);
    // A job can end before its start has even answered (a refused import fails at once): its
    // events are gone by the time we listen, so read where it stands now.
    void call('jobs:list', {}).then((jobs) => {
      const now = jobs.find((j) => j.id === id);
      if (now) update(now);
    });
    return () => {
      live = false;
      offProgress();
      offFinished();
    };
  }, [id]);
  const watch = useCallback((started: JobInfo) => setJob(started), []);
  const clear = useCallback(() => setJob(null), []);
  return { job, watch, clear };
}
