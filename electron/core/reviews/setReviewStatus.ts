import { NotFoundError } from '../errors';
import { appendEdit, nextEditGroup } from '../labels/editLabels';
import { findReview, upsertReview } from '../store/reviews/reviewRepository';
import { studyExists } from '../store/studies/studyRepository';
import { writeTransaction } from '../store/transaction';
import type { WorkspaceDb } from '../store/WorkspaceDb';

/**
 * Marks a study in review or reviewed (table `reviews`, one row per study) and audits the change
 * like any label edit, so the worklist's "last reader" and the history show who signed it off.
 * Not on the undo stack: a sign-off is reversed by setting the status again, on purpose.
 */
export function setReviewStatus(db: WorkspaceDb, studyId: number, status: 'in_review' | 'reviewed', reader: string): void {
  writeTransaction(db, () => {
    if (!studyExists(db, studyId)) throw new NotFoundError(`study ${studyId} not found`);
    const before = findReview(db, studyId)?.status;
    if (before === status) return;
    const at = new Date().toISOString();
    upsertReview(db, { studyId, status, reader, at });
    appendEdit(
      db,
      {
        studyId,
        entity: 'review',
        entityId: null,
        condition: null,
        level: null,
        action: 'set_status',
        before: before ?? null,
        after: status,
      },
      { reader },
      nextEditGroup(db),
      at,
    );
  });
}
