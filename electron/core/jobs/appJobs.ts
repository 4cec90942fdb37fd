import type { EngineHost } from '../engine/EngineHost';
import { indexFolder, type IndexSummary } from '../indexing/indexFolder';
import type { ScanBatch, ScanSummary } from '../indexing/scanDicomTree';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import type { JobContext } from './JobManager';

/**
 * The app's index job: the engine process scans (file reads and header parsing), this process
 * writes each batch in its own short transaction (the store has one writer).
 */
export function indexThroughEngine(db: WorkspaceDb, engine: EngineHost, root: string, context: JobContext): Promise<IndexSummary> {
  return indexFolder(db, root, {
    scan: (scanRoot, known, onBatch) =>
      engine.run<ScanSummary>(
        'scan',
        { root: scanRoot, known: [...known].map(([path, file]) => [path, file.size, file.mtimeMs]) },
        {
          signal: context.signal,
          onProgress: (done, total) => context.progress(done, total),
          onData: (data) => onBatch(data as ScanBatch),
        },
      ),
  });
}
