import type { ReactNode } from 'react';

/** A panel's loading line: announced politely, never a blank area. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="panel-state" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

/** What failed, in the app's words and the error's, with a way to try again. */
export function Failure({ what, error, onRetry }: { what: string; error: Error; onRetry?: () => void }) {
  return (
    <div className="panel-state panel-error" role="alert">
      <p>
        <strong>{what}</strong> {error.message}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Nothing to show yet, and what would change that. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="panel-state panel-empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}

/** Why an action the user just took was refused (a bad folder, a refused start), announced at once. */
export function ActionError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
