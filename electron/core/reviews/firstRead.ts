import type { Database } from 'better-sqlite3';
import type { FirstReadSummary, Settings } from '../../common/contract';
import { LOCATIONS, mostLikelyGrade, type GradeId } from '../../common/vocabulary';
import { ConflictError, NotFoundError } from '../errors';
import { appendEdit, nextEditGroup } from '../labels/editLabels';

/**
 * Blinded first read (product.md P2): with the setting on, a reader sees no AI in a study until
 * they commit their grades. The commit keeps, for each of the 25 cells, the reader's grade and
 * the grade of the AI it reveals (tables first_reads, first_read_cells; append-only), so how
 * often readers then move to the AI — automation bias — can be measured (evaluation/automationBias.ts).
 */

/**
 * The one question every handler that sends AI output asks: which studies' AI may this reader
 * see? Null when the blinded first read is off (all of them); else a test that passes the studies
 * the reader has committed a first read of.
 */
export function studiesShowingAi(db: Database, settings: Pick<Settings, 'reader' | 'blindedFirstRead'>): ((studyId: number) => boolean) | null {
  if (!settings.blindedFirstRead) return null;
  const committed = new Set(db.prepare('SELECT study_id FROM first_reads WHERE reader = ?').pluck().all(settings.reader) as number[]);
  return (studyId) => committed.has(studyId);
}

/** This reader's committed first read of the study, or null. */
export function firstReadOf(db: Database, studyId: number, reader: string): FirstReadSummary | null {
  const row = db
    .prepare(
      `SELECT f.reader, f.committed_at AS committedAt,
              count(c.grade) AS gradedCells, count(c.ai_grade) AS aiCells
       FROM first_reads f LEFT JOIN first_read_cells c ON c.first_read_id = f.id
       WHERE f.study_id = ? AND f.reader = ? GROUP BY f.id`,
    )
    .get(studyId, reader) as FirstReadSummary | undefined;
  return row ?? null;
}

/**
 * Commits the reader's current grades of the study as their first read, with the latest AI
 * run's most likely grade per cell (what the reader is about to see). Once per study and reader:
 * a second commit is a ConflictError, because a first read cannot be taken again after the AI
 * was seen. Audited like a status change.
 */
export function commitFirstRead(db: Database, studyId: number, reader: string): FirstReadSummary {
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM studies WHERE id = ?').get(studyId)) throw new NotFoundError(`study ${studyId} not found`);
    const earlier = firstReadOf(db, studyId, reader);
    if (earlier) throw new ConflictError(`${reader} already committed a first read of study ${studyId} (${earlier.committedAt}); the AI has been shown since`);
    // Accepting an AI grade means the reader saw the AI: such a read would not be blind.
    const acceptedAi = db.prepare("SELECT 1 FROM edits WHERE study_id = ? AND reader = ? AND source = 'ai' LIMIT 1").get(studyId, reader);
    if (acceptedAi) throw new ConflictError(`${reader} has accepted AI grades in study ${studyId} before: a first read now would not be blind`);
    const runId = db.prepare('SELECT max(run_id) FROM predictions WHERE study_id = ?').pluck().get(studyId) as number | null;
    const grades = new Map(
      (db.prepare('SELECT condition, level, grade FROM grades WHERE study_id = ?').all(studyId) as { condition: string; level: string; grade: string | null }[]).map((g) => [`${g.condition}/${g.level}`, g.grade]),
    );
    const aiGrades = new Map<string, GradeId>();
    if (runId !== null) {
      const rows = db.prepare('SELECT condition, level, p_normal_mild, p_moderate, p_severe FROM predictions WHERE run_id = ? AND study_id = ?').all(runId, studyId) as {
        condition: string;
        level: string;
        p_normal_mild: number;
        p_moderate: number;
        p_severe: number;
      }[];
      for (const p of rows) aiGrades.set(`${p.condition}/${p.level}`, mostLikelyGrade([p.p_normal_mild, p.p_moderate, p.p_severe]));
    }
    const at = new Date().toISOString();
    const firstReadId = db.prepare('INSERT INTO first_reads (study_id, reader, run_id, committed_at) VALUES (?, ?, ?, ?)').run(studyId, reader, runId, at).lastInsertRowid;
    const insertCell = db.prepare('INSERT INTO first_read_cells (first_read_id, condition, level, grade, ai_grade) VALUES (?, ?, ?, ?, ?)');
    for (const { condition, level } of LOCATIONS) {
      const key = `${condition}/${level}`;
      insertCell.run(firstReadId, condition, level, grades.get(key) ?? null, aiGrades.get(key) ?? null);
    }
    appendEdit(
      db,
      { studyId, entity: 'review', entityId: null, condition: null, level: null, action: 'commit_first_read', before: null, after: runId === null ? 'no AI run' : `AI run ${runId} shown` },
      { reader },
      nextEditGroup(db),
      at,
    );
  })();
  return firstReadOf(db, studyId, reader) as FirstReadSummary;
}
