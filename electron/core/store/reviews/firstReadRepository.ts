import type { FirstReadSummary } from '../../../common/contract';
import type { WorkspaceDb } from '../WorkspaceDb';

/*
 * Blinded first reads (tables first_reads, first_read_cells; append-only): per study and reader,
 * the reader's grade and the revealed AI grade of each of the 25 cells (see reviews/firstRead.ts).
 */

export interface NewFirstRead {
  readonly studyId: number;
  readonly reader: string;
  /** The AI run the commit reveals, null when the study had none. */
  readonly runId: number | null;
  readonly committedAt: string;
}

export interface FirstReadCell {
  readonly condition: string;
  readonly level: string;
  readonly grade: string | null;
  readonly aiGrade: string | null;
}

/** The studies the reader has committed a first read of. */
export function listStudiesWithFirstRead(db: WorkspaceDb, reader: string): number[] {
  return db.prepare('SELECT study_id FROM first_reads WHERE reader = ?').pluck().all(reader) as number[];
}

/** This reader's committed first read of the study, with its cell counts, or undefined. */
export function findFirstRead(db: WorkspaceDb, studyId: number, reader: string): FirstReadSummary | undefined {
  return db
    .prepare(
      `SELECT f.reader, f.committed_at AS committedAt,
              count(c.grade) AS gradedCells, count(c.ai_grade) AS aiCells
       FROM first_reads f LEFT JOIN first_read_cells c ON c.first_read_id = f.id
       WHERE f.study_id = ? AND f.reader = ? GROUP BY f.id`,
    )
    .get(studyId, reader) as FirstReadSummary | undefined;
}

/** Stores a first read and its cells; returns its id. Call inside the commit's write transaction. */
export function insertFirstRead(db: WorkspaceDb, firstRead: NewFirstRead, cells: readonly FirstReadCell[]): number {
  const firstReadId = Number(
    db
      .prepare('INSERT INTO first_reads (study_id, reader, run_id, committed_at) VALUES (?, ?, ?, ?)')
      .run(firstRead.studyId, firstRead.reader, firstRead.runId, firstRead.committedAt).lastInsertRowid,
  );
  const insertCell = db.prepare('INSERT INTO first_read_cells (first_read_id, condition, level, grade, ai_grade) VALUES (?, ?, ?, ?, ?)');
  for (const cell of cells) insertCell.run(firstReadId, cell.condition, cell.level, cell.grade, cell.aiGrade);
  return firstReadId;
}
