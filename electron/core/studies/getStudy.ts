import type { StudyDetail } from '../../common/contract';
import { NotFoundError } from '../errors';
import { listGradesOfStudy } from '../store/labels/gradeRepository';
import { listPointsOfStudy } from '../store/labels/pointRepository';
import { findReview } from '../store/reviews/reviewRepository';
import { listDetectionBoxes } from '../store/runs/detectionRepository';
import { findLatestRunOfStudy } from '../store/runs/modelRunRepository';
import { listPredictionCells } from '../store/runs/predictionRepository';
import { listSeriesOfStudy } from '../store/studies/seriesRepository';
import { findStudy } from '../store/studies/studyRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { studySummaries } from './listStudies';

/** Everything the viewer needs of one study: series with ordered slices and geometry, labels, latest AI run. */
export function getStudy(db: WorkspaceDb, studyId: number): StudyDetail {
  const study = findStudy(db, studyId);
  if (!study) throw new NotFoundError(`study ${studyId} not found`);
  const summary = studySummaries(db, studyId)[0];
  const review = findReview(db, studyId);
  const run = findLatestRunOfStudy(db, studyId);
  return {
    id: study.id,
    key: study.studyKey,
    studyInstanceUid: study.studyInstanceUid,
    patientId: study.patientId,
    studyDate: study.studyDate,
    status: summary?.status ?? 'new',
    reviewedBy: review?.status === 'reviewed' ? review.reader : null,
    series: listSeriesOfStudy(db, studyId),
    grades: listGradesOfStudy(db, studyId),
    points: listPointsOfStudy(db, studyId),
    run: run ?? null,
    predictions: run ? listPredictionCells(db, studyId, run.id) : [],
    detections: run ? listDetectionBoxes(db, studyId, run.id) : [],
  };
}
