import type { JobInfo } from '../common/contract';
import { countStudies } from '../core/store/studies/studyRepository';
import type { CoreServices } from './CoreServices';

/**
 * On a workspace with no study at all, installs the 5-study demo set (issue 3: "the worklist
 * is never empty on a first run") as a job the UI shows; returns null when there is nothing to do.
 */
export function startFirstRunDemo(services: CoreServices, demoDir: string): JobInfo | null {
  if (countStudies(services.db) > 0) return null;
  return services.jobs.start('demo', 'Install the demo studies', async (context) => {
    const result = await services.engine.run(
      'first-run-demo',
      { databasePath: services.databasePath, dir: demoDir, reader: services.settings.get().reader },
      { signal: context.signal, onProgress: context.progress },
    );
    services.emit('workspace:changed', { reason: 'demo' });
    return result;
  });
}
