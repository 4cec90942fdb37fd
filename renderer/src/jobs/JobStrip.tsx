import type { JobInfo } from '../../../electron/common/contract';
import { call } from '../api/spine';
import { useJobs } from './useJobs';

function describeResult(job: JobInfo): string {
  if (job.state === 'failed') return job.error ?? 'failed';
  if (job.state === 'cancelled') return 'cancelled';
  if (job.result && typeof job.result === 'object') {
    return Object.entries(job.result as Record<string, unknown>)
      .filter(([, value]) => typeof value === 'number' || typeof value === 'boolean')
      .map(([key, value]) => `${humanize(key)} ${String(value)}`)
      .join(' · ');
  }
  return 'done';
}

/** "instancesAdded" → "instances added". */
function humanize(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Long jobs with their progress and a cancel button; finished ones stay until dismissed. */
export function JobStrip() {
  const { jobs, dismiss } = useJobs();
  if (jobs.length === 0) return null;
  return (
    <section className="job-strip" aria-label="Jobs">
      {jobs.map((job) => {
        const fraction = job.total > 0 ? job.done / job.total : 0;
        return (
          <div key={job.id} className={`job job-${job.state}`} data-job-kind={job.kind}>
            <span className="job-label">{job.label}</span>
            {job.state === 'running' ? (
              <>
                <progress max={1} value={job.total > 0 ? fraction : undefined} aria-label={`${job.label} progress`} />
                <span className="job-count">{job.total > 0 ? `${job.done}/${job.total}` : (job.message ?? 'starting…')}</span>
                <button type="button" onClick={() => void call('cancelJob', { jobId: job.id })}>
                  Cancel
                </button>
              </>
            ) : (
              <>
                <span className="job-result" role={job.state === 'failed' ? 'alert' : 'status'}>
                  {describeResult(job)}
                </span>
                <button type="button" aria-label={`Dismiss ${job.label}`} onClick={() => dismiss(job.id)}>
                  ✕
                </button>
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
