import { z } from 'zod';
import { scanDicomTree } from '../../indexing/scanDicomTree';
import type { EngineJob } from '../EngineJob';

const ScanParams = z.object({
  root: z.string().min(1),
  known: z.array(z.tuple([z.string(), z.number(), z.number()])),
});

/** Header scan of a folder; batches go to the parent, which writes them (single writer). */
export const scanJob: EngineJob = async (params, context) => {
  const { root, known } = ScanParams.parse(params);
  return scanDicomTree(root, {
    known: new Map(known.map(([path, size, mtimeMs]) => [path, { size, mtimeMs }])),
    signal: context.signal,
    onBatch: (batch) => context.emit(batch),
    onProgress: (done, total) => context.progress(done, total),
  });
};
