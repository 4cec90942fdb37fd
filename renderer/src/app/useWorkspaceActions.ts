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
      const root = await call('dialog:chooseFolder', { purpose: 'index' });
      if (root) await call('index:start', { root });
    }),
    importLabels: run(async () => {
      const dir = await call('dialog:chooseFolder', { purpose: 'import' });
      if (dir) await call('labels:import', { dir });
    }),
    exportLabels: run(async () => {
      const dir = await call('dialog:chooseFolder', { purpose: 'export' });
      if (dir) await call('labels:export', { dir, variant: 'corrected' });
    }),
  };
}
