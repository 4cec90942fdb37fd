import type { JobInfo } from '../../../electron/common/contract';
import { call } from '../api/spine';

/** A running job inline: its progress bar, count or message, and Cancel (issue 5: long jobs can be cancelled). */
export function JobProgress({ job }: { job: JobInfo }) {
  if (job.state !== 'running') return null;
  const fraction = job.total > 0 ? job.done / job.total : undefined;
  return (
    <div className="inline-job" data-job-kind={job.kind}>
      <progress max={1} value={fraction} aria-label={`${job.label} progress`} />
      <span className="muted" aria-live="polite">
        {job.total > 0 ? `${job.done} / ${job.total}` : (job.message ?? 'starting…')}
      </span>
      <button type="button" onClick={() => void call('jobs:cancel', { jobId: job.id })}>
        Cancel
      </button>
    </div>
  );
}
