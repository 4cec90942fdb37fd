import type { WorkspaceDb } from '../WorkspaceDb';

/** A file the indexer skipped, why, and when it last saw it. */
export interface IndexProblem {
  readonly filePath: string;
  readonly reason: string;
  readonly seenAt: string;
}

/** The latest index problems of the whole workspace, newest first, at most `limit`. */
export function listIndexProblems(db: WorkspaceDb, limit: number): IndexProblem[] {
  return (
    db.prepare('SELECT file_path, reason, seen_at FROM index_problems ORDER BY seen_at DESC, file_path LIMIT ?').raw().all(limit) as [
      string,
      string,
      string,
    ][]
  ).map(([filePath, reason, seenAt]) => ({ filePath, reason, seenAt }));
}

/** The problems recorded by scans of this root, by file path. */
export function listIndexProblemsOfScan(db: WorkspaceDb, scanRoot: string): { filePath: string; reason: string }[] {
  return (
    db.prepare('SELECT file_path, reason FROM index_problems WHERE scan_root = ? ORDER BY file_path').raw().all(scanRoot) as [
      string,
      string,
    ][]
  ).map(([filePath, reason]) => ({ filePath, reason }));
}

/** Every file path with a recorded problem (the index writer clears a problem when its file indexes). */
export function listIndexProblemPaths(db: WorkspaceDb): string[] {
  return db.prepare('SELECT file_path FROM index_problems').pluck().all() as string[];
}
