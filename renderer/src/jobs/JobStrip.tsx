import { call } from '../api/spine';
import { describeJobResult } from './describeJobResult';
import { useJobs } from './useJobs';

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
                <button type="button" onClick={() => void call('jobs:cancel', { jobId: job.id })}>
                  Cancel
                </button>
              </>
            ) : (
              <>
                <span className="job-result" role={job.state === 'failed' ? 'alert' : 'status'}>
                  {describeJobResult(job)}
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
