import type { JobInfo } from '../../../../electron/common/contract';
import { plural } from '../format';

interface InferResult {
  readonly runId: number;
  readonly status: string;
  readonly studies: number;
  readonly done: number;
  readonly failed: number;
  readonly provider: string | null;
  readonly errors: readonly { studyKey: string; message: string }[];
  readonly missingModels: readonly string[];
}

/** How an AI run ended, with the way to its figures. */
export function RunOutcome({ job, onShowRun, onDismiss }: { job: JobInfo; onShowRun: (runId: number) => void; onDismiss: () => void }) {
  const result = job.state === 'done' ? (job.result as InferResult) : null;
  return (
    <div
      className={`outcome ${job.state === 'done' ? 'outcome-good' : job.state === 'failed' ? 'outcome-bad' : ''}`}
      role={job.state === 'failed' ? 'alert' : 'status'}
      data-testid="run-outcome"
    >
      {result ? (
        <>
          <p>
            <strong>
              Run #{result.runId} {result.status}
            </strong>
            : {plural(result.done, 'study', 'studies')} answered
            {result.failed > 0 && `, ${result.failed} failed`}
            {result.provider && ` on ${result.provider}`}.
          </p>
          {result.missingModels.length > 0 && (
            <p className="muted">Class priors answered where a model was missing: {result.missingModels.join(', ')}.</p>
          )}
          {result.errors.length > 0 && (
            <ul>
              {result.errors.slice(0, 10).map((e) => (
                <li key={e.studyKey}>
                  {e.studyKey}: {e.message}
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => onShowRun(result.runId)}>
            Show run #{result.runId} in the quality dashboard
          </button>
        </>
      ) : (
        <p>
          {job.state === 'failed'
            ? `The run failed: ${job.error ?? 'unknown error'}`
            : 'The run was cancelled; the studies answered before stay stored.'}
        </p>
      )}
      <button type="button" className="outcome-dismiss" aria-label="Dismiss the run result" onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
