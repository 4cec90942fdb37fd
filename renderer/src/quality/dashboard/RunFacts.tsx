import type { RunSummary } from '../../../../electron/common/contract';
import { when } from '../format';
import { runStrategy } from '../runLabel';

/** What a run was: when, on what, with which models; and why it stopped when it did not finish. */
export function RunFacts({ run }: { run: RunSummary }) {
  return (
    <div className="run-facts">
      <dl className="facts-inline">
        <div>
          <dt>Started</dt>
          <dd>{when(run.createdAt)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd className={`run-status run-${run.status}`}>{run.status}</dd>
        </div>
        <div>
          <dt>Provider</dt>
          <dd>{run.provider ?? '–'}</dd>
        </div>
        <div>
          <dt>Strategy</dt>
          <dd>{runStrategy(run)}</dd>
        </div>
        <div>
          <dt>Studies</dt>
          <dd>{run.studies}</dd>
        </div>
      </dl>
      <p className="run-models">
        {run.models.length === 0 ? (
          <span className="muted">The run recorded no models (written by a test or an older version).</span>
        ) : (
          run.models.map((m) => (
            <span key={m.id} className="model-chip" title={`sha256 ${m.sha256}`}>
              {m.id}
            </span>
          ))
        )}
      </p>
      {run.error && (
        <p className="form-error" role="status">
          The run stopped: {run.error}
        </p>
      )}
    </div>
  );
}
