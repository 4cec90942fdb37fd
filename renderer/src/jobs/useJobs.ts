import { useEffect, useState } from 'react';
import type { JobInfo } from '../../../electron/common/contract';
import { call, subscribe } from '../api/spine';

/** Live list of the app's jobs: seeded from jobs:list, then kept current by job events. */
export function useJobs(): { jobs: JobInfo[]; dismiss: (id: string) => void } {
  const [jobs, setJobs] = useState<JobInfo[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let live = true;
    const upsert = (job: JobInfo): void =>
      setJobs((current) => [...current.filter((j) => j.id !== job.id), job].sort((a, b) => a.startedAt.localeCompare(b.startedAt)));
    void call('jobs:list', {}).then((list) => {
      if (live) setJobs(list);
    });
    const offProgress = subscribe('jobs:progress', upsert);
    const offFinished = subscribe('jobs:finished', upsert);
    return () => {
      live = false;
      offProgress();
      offFinished();
    };
  }, []);

  return {
    jobs: jobs.filter((job) => !dismissed.has(job.id)),
    dismiss: (id) => setDismissed((current) => new Set([...current, id])),
  };
}
