import type { WorkspaceDb } from '../WorkspaceDb';

/** A study's review status (table `reviews`, one row per study) and who set it last. */
export interface StoredReview {
  readonly status: string;
  readonly reader: string | null;
}

export interface ReviewWrite {
  readonly studyId: number;
  readonly status: 'in_review' | 'reviewed';
  readonly reader: string;
  readonly at: string;
}

export function findReview(db: WorkspaceDb, studyId: number): StoredReview | undefined {
  return db.prepare('SELECT status, reader FROM reviews WHERE study_id = ?').get(studyId) as StoredReview | undefined;
}

export function upsertReview(db: WorkspaceDb, review: ReviewWrite): void {
  db.prepare(
    `INSERT INTO reviews (study_id, status, reader, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (study_id) DO UPDATE SET status = excluded.status, reader = excluded.reader, updated_at = excluded.updated_at`,
  ).run(review.studyId, review.status, review.reader, review.at);
}
