import { useState } from 'react';
import type { StudySummary } from '../../../electron/common/contract';
import { call } from '../api/spine';
import { useAsync } from '../common/useAsync';
import { JobStrip } from '../jobs/JobStrip';
import { Worklist } from '../worklist/Worklist';
import { StudyOverview } from './StudyOverview';
import { useWorkspaceActions } from './useWorkspaceActions';

export function App() {
  const info = useAsync(() => call('appInfo', {}), 'info');
  const actions = useWorkspaceActions();
  const [open, setOpen] = useState<StudySummary | null>(null);

  const buttons = (
    <>
      <button type="button" onClick={actions.indexFolder}>
        Index folder…
      </button>
      <button type="button" onClick={actions.importLabels}>
        Import RSNA labels…
      </button>
    </>
  );

  return (
    <div className="app">
      <header className="top-bar">
        <h1 className="app-title">Spine Review</h1>
        <nav className="top-actions" aria-label="Workspace">
          {buttons}
          <button type="button" onClick={actions.exportLabels}>
            Export labels…
          </button>
        </nav>
        <span className="workspace-info" title={info.value?.databasePath}>
          {info.value ? `Reader: ${info.value.reader}` : ''}
        </span>
      </header>
      {actions.error && (
        <div role="alert" className="error-banner">
          {actions.error}
          <button type="button" aria-label="Dismiss error" onClick={actions.clearError}>
            ✕
          </button>
        </div>
      )}
      <JobStrip />
      <main className="main">{open ? <StudyOverview studyId={open.id} onClose={() => setOpen(null)} /> : <Worklist onOpen={(study) => setOpen(study)} emptyActions={buttons} />}</main>
    </div>
  );
}
