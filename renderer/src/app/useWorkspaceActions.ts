import { useCallback, useState } from 'react';
import { call } from '../api/spine';

/** Index / import / export: ask main for a folder, then start the job (its progress shows in the job strip). */
export function useWorkspaceActions() {
  const [error, setError] = useState<string | null>(null);
  const report = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);
  const run = (action: () => Promise<unknown>) => () => {
    setError(null);
    action().catch(report);
  };
  return {
    error,
    /** Shows a failure of another workspace-level action in the same banner. */
    report,
    clearError: () => setError(null),
    indexFolder: run(async () => {
      // Main takes the chosen folder's handle back, never a path (issue 13).
      const chosen = await call('dialog:chooseFolder', { purpose: 'index' });
      if (chosen) await call('index:start', { folder: chosen.handle });
    }),
    importLabels: run(async () => {
      const chosen = await call('dialog:chooseFolder', { purpose: 'import' });
      if (chosen) await call('labels:import', { folder: chosen.handle });
    }),
    exportLabels: run(async () => {
      const chosen = await call('dialog:chooseFolder', { purpose: 'export' });
      if (chosen) await call('labels:export', { folder: chosen.handle, variant: 'corrected' });
    }),
  };
}
