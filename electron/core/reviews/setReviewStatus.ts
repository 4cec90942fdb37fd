import type { Database } from 'better-sqlite3';
import { NotFoundError } from '../errors';
import { appendEdit, nextEditGroup } from '../labels/editLabels';

/**
 * Marks a study in review or reviewed (table `reviews`, one row per study) and audits the change
 * like any label edit, so the worklist's "last reader" and the history show who signed it off.
 * Not on the undo stack: a sign-off is reversed by setting the status again, on purpose.
 */
export function setReviewStatus(db: Database, studyId: number, status: 'in_review' | 'reviewed', reader: string): void {
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM studies WHERE id = ?').get(studyId)) throw new NotFoundError(`study ${studyId} not found`);
    const before = db.prepare('SELECT status FROM reviews WHERE study_id = ?').pluck().get(studyId) as string | undefined;
    if (before === status) return;
    const at = new Date().toISOString();
    db.prepare(
      `INSERT INTO reviews (study_id, status, reader, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (study_id) DO UPDATE SET status = excluded.status, reader = excluded.reader, updated_at = excluded.updated_at`,
    ).run(studyId, status, reader, at);
    appendEdit(
      db,
      { studyId, entity: 'review', entityId: null, condition: null, level: null, action: 'set_status', before: before ?? null, after: status },
      { reader },
      nextEditGroup(db),
      at,
    );
  })();
}
