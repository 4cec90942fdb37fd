import { z } from 'zod';
import { exportRsnaFolder } from '../../labels/exportRsnaFolder';
import { openDatabase } from '../../store/openDatabase';
import type { EngineJob } from '../EngineJob';

const ExportParams = z.object({ databasePath: z.string().min(1), dir: z.string().min(1), variant: z.enum(['original', 'corrected']) });

/** RSNA CSV export from a read snapshot, written atomically. */
export const exportRsnaJob: EngineJob = async (params, context) => {
  const { databasePath, dir, variant } = ExportParams.parse(params);
  context.progress(0, 1, 'exporting');
  const db = openDatabase(databasePath);
  try {
    const summary = exportRsnaFolder(db, dir, variant);
    context.progress(1, 1);
    return summary;
  } finally {
    db.close();
  }
};
