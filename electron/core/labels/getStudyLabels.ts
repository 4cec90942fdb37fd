import type { StudyLabels } from '../../common/contract';
import { asStudyId } from '../../common/ids';
import type { LabelCheckIndex } from '../checks/LabelCheckIndex';
import { NotFoundError } from '../errors';
import { firstReadOf } from '../reviews/firstRead';
import { listGradesOfStudy } from '../store/labels/gradeRepository';
import { listPointsOfStudy } from '../store/labels/pointRepository';
import { findReview } from '../store/reviews/reviewRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { studySummaries } from '../studies/listStudies';
import { editHistory } from './editHistory';
import { undoState } from './undoStack';

/**
 * A study's labels as the review panel shows them after every action: values, status, undo state,
 * sanity checks, and whether this reader's blinded first read still hides the AI.
 */
export function getStudyLabels(
  db: WorkspaceDb,
  studyId: number,
  reader: string,
  checks: LabelCheckIndex,
  blindedFirstRead: boolean,
): StudyLabels {
  const summary = studySummaries(db, studyId)[0];
  if (!summary) throw new NotFoundError(`study ${studyId} not found`);
  const firstRead = firstReadOf(db, studyId, reader);
  const review = findReview(db, studyId);
  return {
    studyId: asStudyId(studyId),
    status: summary.status,
    reviewedBy: review?.status === 'reviewed' ? review.reader : null,
    grades: listGradesOfStudy(db, studyId),
    points: listPointsOfStudy(db, studyId),
    undo: undoState(db, studyId, reader),
    problems: checks.problems(studyId),
    latestEdits: editHistory(db, studyId, { latestGroup: true }),
    aiHidden: blindedFirstRead && firstRead === null,
    firstRead,
  };
}
