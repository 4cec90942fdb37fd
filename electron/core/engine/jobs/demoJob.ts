import { rmSync } from 'node:fs';
import { z } from 'zod';
import { openDatabase } from '../../store/openDatabase';
import { countStudies } from '../../store/studies/studyRepository';
import type { EngineJob } from '../EngineJob';

const DemoParams = z.object({ databasePath: z.string().min(1), dir: z.string().min(1), reader: z.string().min(1) });

/**
 * The first start's demo set (issue 3): on an empty workspace, generate the phantom studies
 * into the app's own demo folder, index them and import their labels. Generating takes
 * seconds of CPU, so it runs here, never in main. A folder left by an interrupted earlier
 * attempt is the app's own and is cleared first.
 */
export const demoJob: EngineJob = async (params, context) => {
  const { databasePath, dir, reader } = DemoParams.parse(params);
  const db = openDatabase(databasePath);
  try {
    if (countStudies(db) > 0) return null;
    rmSync(dir, { recursive: true, force: true });
    // Loaded here, not at engine start: most engines never generate a phantom.
    const { ensureDemoDataset } = await import('../../demo/ensureDemoDataset');
    const summary = await ensureDemoDataset(db, dir, {
      reader,
      signal: context.signal,
      onProgress: (done, total) => context.progress(done, total, 'generating demo studies'),
      onIndexProgress: (done, total) => context.progress(done, total, 'indexing demo studies'),
    });
    if (!summary) return null;
    const { truth: _truth, ...rest } = summary;
    return {
      studies: rest.dataset.studies,
      instances: rest.index.instancesAdded,
      labelledCells: rest.dataset.labelledCells,
      points: rest.dataset.points,
    };
  } finally {
    db.close();
  }
};
