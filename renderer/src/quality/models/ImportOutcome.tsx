import type { JobInfo, ModelImportSummary } from '../../../../electron/common/contract';
import { JobProgress } from '../JobProgress';
import { refusalReasons } from './refusalReasons';

/** What a model import did: its progress, then what was added and what was already there, or every reason it was refused. */
export function ImportOutcome({ job, onDismiss }: { job: JobInfo; onDismiss: () => void }) {
  if (job.state === 'running') return <JobProgress job={job} />;
  const dismiss = (
    <button type="button" className="outcome-dismiss" aria-label="Dismiss the import result" onClick={onDismiss}>
      ✕
    </button>
  );
  if (job.state === 'failed') {
    return (
      <div className="outcome outcome-bad" role="alert" data-testid="import-outcome">
        <p>
          <strong>Import refused: nothing was added.</strong> Every model of a folder is checked before any is copied.
        </p>
        <ul>
          {refusalReasons(job.error ?? 'unknown error').map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        {dismiss}
      </div>
    );
  }
  if (job.state === 'cancelled') {
    return (
      <div className="outcome" role="status" data-testid="import-outcome">
        <p>Import cancelled: nothing was added.</p>
        {dismiss}
      </div>
    );
  }
  const summary = job.result as ModelImportSummary;
  return (
    <div className="outcome outcome-good" role="status" data-testid="import-outcome">
      <p>
        <strong>{summary.added.length === 0 ? 'Nothing new to add.' : `Added ${summary.added.length} model${summary.added.length === 1 ? '' : 's'}`}</strong> to{' '}
        <span className="path">{summary.modelsDir}</span>
      </p>
      <ul>
        {summary.added.map((m) => (
          <li key={m.id}>
            <span className="badge badge-present">added</span> {m.id} <span className="muted">({m.kind}, {m.condition}, version {m.version})</span>
          </li>
        ))}
        {summary.unchanged.map((id) => (
          <li key={id}>
            <span className="badge badge-missing-soft">unchanged</span> {id} <span className="muted">(already in the folder, same file)</span>
          </li>
        ))}
      </ul>
      {summary.seeded.length > 0 && <p className="muted">The shipped models ({summary.seeded.length}) were copied in first, so they stay the defaults.</p>}
      {summary.added.length > 0 && <p className="muted">A run uses new versions when you choose them under “Run AI”.</p>}
      {dismiss}
    </div>
  );
}
