import { z } from 'zod';
import { openDatabase } from '../../store/openDatabase';
import type { EngineJob } from '../EngineJob';

const ExportParams = z.object({
  databasePath: z.string().min(1),
  dir: z.string().min(1),
  parts: z.array(z.enum(['yolo', 'crops'])).min(1),
  tool: z.string().min(1),
});

/**
 * Training export (issue 7): every labelled series is decoded, so it runs here, never in main.
 * Reads a snapshot of the current labels, then decodes and writes outside any transaction.
 */
export const exportTrainingJob: EngineJob = async (params, context) => {
  const { databasePath, dir, parts, tool } = ExportParams.parse(params);
  // Loaded on first use, as the infer job: an engine that only scans never loads the codecs for this.
  const [{ exportTrainingSet }, { dicomSliceSource }] = await Promise.all([
    import('../../training/export/exportTrainingSet'),
    import('../../inference/runs/dicomSliceSource'),
  ]);
  const db = openDatabase(databasePath);
  try {
    return await exportTrainingSet(db, {
      dir,
      parts,
      source: await dicomSliceSource(),
      sourceDatabase: databasePath,
      tool,
      signal: context.signal,
      onProgress: (done, total, message) => context.progress(done, total, message),
    });
  } finally {
    db.close();
  }
};
