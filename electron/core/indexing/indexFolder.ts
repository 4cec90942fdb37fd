import { resolve } from 'node:path';
import { knownFilesUnder } from '../store/index/knownFileRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { IndexWriter, type WriteCounts } from './IndexWriter';
import { scanDicomTree, type ScanBatch, type ScanSummary } from './scanDicomTree';

export interface IndexSummary {
  readonly root: string;
  readonly files: number;
  readonly parsed: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly studiesAdded: number;
  readonly seriesAdded: number;
  readonly instancesAdded: number;
  readonly instancesUpdated: number;
  readonly cancelled: boolean;
}

export interface IndexOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Runs the scan and hands batches to `onBatch`. Defaults to scanning in this process; the
   * app passes one that runs the scan in the engine process.
   */
  readonly scan?: (
    root: string,
    known: ReadonlyMap<string, { size: number; mtimeMs: number }>,
    onBatch: (batch: ScanBatch) => void,
  ) => Promise<ScanSummary>;
}

/** Indexes a folder into the store: scan (headers only) → batches → IndexWriter. */
export async function indexFolder(db: WorkspaceDb, rootPath: string, options: IndexOptions = {}): Promise<IndexSummary> {
  const root = resolve(rootPath);
  const known = knownFilesUnder(db, root);
  const writer = new IndexWriter(db, root, known);
  const onBatch = (batch: ScanBatch): void => writer.write(batch);
  const scan =
    options.scan ??
    ((scanRoot, knownFiles, handler) =>
      scanDicomTree(scanRoot, {
        known: knownFiles,
        onBatch: handler,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }));
  const summary = await scan(root, known, onBatch);
  return summarize(root, summary, writer.counts);
}

function summarize(root: string, scan: ScanSummary, counts: WriteCounts): IndexSummary {
  return {
    root,
    files: scan.files,
    parsed: scan.parsed,
    unchanged: scan.unchanged,
    skipped: counts.skipped,
    studiesAdded: counts.studiesAdded,
    seriesAdded: counts.seriesAdded,
    instancesAdded: counts.instancesAdded,
    instancesUpdated: counts.instancesUpdated,
    cancelled: scan.cancelled,
  };
}
