import { z } from 'zod';
import { importRsnaLabels } from '../../labels/importRsnaLabels';
import { readRsnaFolder } from '../../rsna/readRsnaFolder';
import { openDatabase } from '../../store/openDatabase';
import type { EngineJob } from '../EngineJob';

const ImportParams = z.object({ databasePath: z.string().min(1), dir: z.string().min(1), reader: z.string().min(1) });

/**
 * RSNA label import. It validates every row, then writes in ONE transaction (all or nothing), so
 * it runs here rather than in main: a 50k-row transaction would hold main's thread for ~0.5 s.
 */
export const importRsnaJob: EngineJob = async (params, context) => {
  const { databasePath, dir, reader } = ImportParams.parse(params);
  context.progress(0, 2, 'validating');
  const labels = readRsnaFolder(dir);
  if (context.signal.aborted) throw new Error('cancelled before anything was written');
  context.progress(1, 2, 'writing');
  const db = openDatabase(databasePath);
  try {
    const counts = importRsnaLabels(db, labels, { folder: dir, reader });
    context.progress(2, 2);
    return counts;
  } finally {
    db.close();
  }
};
