import { readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { DicomHeader, SkippedFile } from '../dicom/DicomHeader';
import { DicomHeaderError, readDicomHeader } from '../dicom/readDicomHeader';
import { rsnaKeysFromPath, type RsnaPathKeys } from './rsnaLayout';
import { walkFiles } from './walkFiles';

export interface ScannedFile {
  readonly header: DicomHeader;
  readonly rsna: RsnaPathKeys | null;
}

export interface ScanBatch {
  readonly files: ScannedFile[];
  readonly skipped: SkippedFile[];
}

export interface KnownFile {
  readonly size: number;
  readonly mtimeMs: number;
}

export interface ScanOptions {
  /** Files already indexed: unchanged ones (same size and mtime) are not parsed again. */
  readonly known?: ReadonlyMap<string, KnownFile>;
  readonly signal?: AbortSignal;
  readonly batchSize?: number;
  readonly onBatch: (batch: ScanBatch) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ScanSummary {
  readonly files: number;
  readonly parsed: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly cancelled: boolean;
}

/**
 * Walks `root` and reads the header of every file, handing results over in batches. A file
 * that cannot be used is reported with its reason and the scan goes on; nothing here touches
 * the database, so it can run in the engine process. It yields to the event loop every 256
 * files so that a cancel message is seen promptly.
 */
export async function scanDicomTree(root: string, options: ScanOptions): Promise<ScanSummary> {
  const rootStat = statSync(root, { throwIfNoEntry: false });
  if (!rootStat) throw new Error(`${root}: folder not found`);
  if (!rootStat.isDirectory()) throw new Error(`${root}: not a folder`);

  const links: string[] = [];
  const paths = [...walkFiles(root, links)];
  // The walk itself is synchronous: let a cancel that arrived meanwhile be seen first.
  await yieldToEventLoop();
  const batchSize = options.batchSize ?? 256;
  let files: ScannedFile[] = [];
  // Links out of the folder are refused, not read (issue 13); ones within it lead to files the walk finds anyway.
  let skipped: SkippedFile[] = linksLeadingOutside(root, links);
  let parsed = 0;
  let unchanged = 0;
  let skippedCount = skipped.length;
  let done = 0;
  const flush = (): void => {
    if (files.length === 0 && skipped.length === 0) return;
    options.onBatch({ files, skipped });
    files = [];
    skipped = [];
  };

  for (const filePath of paths) {
    if (options.signal?.aborted) {
      flush();
      return { files: paths.length, parsed, unchanged, skipped: skippedCount, cancelled: true };
    }
    const known = options.known?.get(filePath);
    if (known && isUnchanged(filePath, known)) {
      unchanged++;
    } else {
      try {
        files.push({ header: readDicomHeader(filePath), rsna: rsnaKeysFromPath(root, filePath) });
        parsed++;
      } catch (error) {
        skipped.push({ filePath, reason: reasonOf(error) });
        skippedCount++;
      }
    }
    done++;
    if (files.length + skipped.length >= batchSize) flush();
    if (done % 256 === 0) {
      options.onProgress?.(done, paths.length);
      await yieldToEventLoop();
    }
  }
  flush();
  options.onProgress?.(done, paths.length);
  return { files: paths.length, parsed, unchanged, skipped: skippedCount, cancelled: false };
}

/** The symbolic links whose target lies outside `root`, each with its reason; nothing behind them is read. */
function linksLeadingOutside(root: string, links: readonly string[]): SkippedFile[] {
  if (links.length === 0) return [];
  const realRoot = realpathSync(root);
  const outside: SkippedFile[] = [];
  for (const link of links) {
    const target = targetOf(link);
    const within = relative(realRoot, target);
    const leaves = within === '..' || within.startsWith(`..${sep}`) || isAbsolute(within);
    if (!leaves) continue;
    outside.push({ filePath: link, reason: `symlink leads outside the indexed folder: ${target}` });
  }
  return outside;
}

/** Where a link finally leads; a dangling one, where it points. */
function targetOf(link: string): string {
  try {
    return realpathSync(link);
  } catch {
    return resolve(dirname(link), readlinkSync(link));
  }
}

function isUnchanged(filePath: string, known: KnownFile): boolean {
  const stat = statSync(filePath, { throwIfNoEntry: false });
  return stat !== undefined && stat.size === known.size && stat.mtimeMs === known.mtimeMs;
}

function reasonOf(error: unknown): string {
  if (error instanceof DicomHeaderError) return error.reason;
  if (error instanceof Error) return error.message;
  return String(error);
}
