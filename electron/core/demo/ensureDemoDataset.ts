import type { WorkspaceDb } from '../store/WorkspaceDb';
import { workspaceCounts } from '../store/workspaceCounts';
import { installDemoDataset, type DemoInstallOptions, type DemoInstallSummary } from './installDemoDataset';

/** The demo set a first start installs (issue 3: "e.g. 5 studies"). */
export const FIRST_START_DEMO = { studies: 5, seed: 1 } as const;

/**
 * The app's first start: if the workspace holds no study at all, install the demo dataset into
 * `dir` so the worklist is never empty; otherwise do nothing and return null. Only this and the
 * `demo` command add demo data.
 */
export async function ensureDemoDataset(
  db: WorkspaceDb,
  dir: string,
  options: Partial<DemoInstallOptions> = {},
): Promise<DemoInstallSummary | null> {
  if (workspaceCounts(db).studies > 0) return null;
  return installDemoDataset(db, dir, { ...FIRST_START_DEMO, ...options });
}
