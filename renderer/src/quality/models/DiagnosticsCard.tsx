import type { AiDiagnostics } from '../../../../electron/common/contract';
import type { AsyncState } from '../../common/useAsync';
import { Failure, Loading } from '../StateViews';
import { conditionName, kindName } from './modelNames';

/**
 * Which execution provider runs the AI and why the others are skipped (product.md "the app shows
 * which one runs"), and every model of the folder opened as a run opens it: its provider, or
 * every reason it is refused.
 */
export function DiagnosticsCard({ diagnostics, onCheck }: { diagnostics: AsyncState<AiDiagnostics>; onCheck: () => void }) {
  const d = diagnostics.value;
  return (
    <article className="card" aria-labelledby="diagnostics-title">
      <div className="card-title-row">
        <h3 id="diagnostics-title">AI engine</h3>
        <button type="button" onClick={onCheck} disabled={diagnostics.status === 'loading'}>
          Check again
        </button>
      </div>
      {diagnostics.status === 'error' && <Failure what="Could not check the AI engine." error={diagnostics.error} onRetry={onCheck} />}
      {diagnostics.status === 'loading' && <Loading>Opening every model of the folder in the AI engine…</Loading>}
      {d && diagnostics.status !== 'loading' && (
        <>
          {d.manifestError && (
            <p className="form-error" role="alert">
              The model folder&apos;s manifest cannot be read: {d.manifestError}
            </p>
          )}
          <h4 className="sub-title">Execution providers</h4>
          <ul className="provider-list">
            {d.providers.map((p) => (
              <li key={p.provider} data-provider={p.provider}>
                <span className={`badge ${p.skipReason === null ? 'badge-present' : 'badge-missing-soft'}`}>{p.skipReason === null ? 'available' : 'skipped'}</span>
                <strong>{p.provider}</strong>
                {p.skipReason && <span className="muted"> {p.skipReason}</span>}
              </li>
            ))}
          </ul>
          <h4 className="sub-title">Models, opened as a run opens them</h4>
          {d.models.length === 0 ? (
            <p className="muted">No model in {d.modelsDir}.</p>
          ) : (
            <ul className="diagnosis-list">
              {d.models.map((m) => (
                <li key={m.id} data-diagnosis={m.id} className={m.status === 'refused' ? 'refused' : undefined}>
                  <span className={`badge ${m.status === 'ok' ? 'badge-present' : 'badge-refused'}`}>{m.status === 'ok' ? `on ${m.provider ?? '?'}` : 'refused'}</span>
                  <span className="path">{m.id}</span>
                  <span className="muted">
                    {' '}
                    {kindName(m.kind)}, {conditionName(m.condition)}, {m.version}
                  </span>
                  {m.reasons.length > 0 && (
                    <ul className="reasons">
                      {m.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="muted path">{d.modelsDir}</p>
        </>
      )}
    </article>
  );
}
