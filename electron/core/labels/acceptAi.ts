import { mostLikelyGrade, type ConditionId, type LevelId } from '../../common/vocabulary';
import { NotFoundError } from '../errors';
import { findFirstLivePoint } from '../store/labels/pointRepository';
import { findLatestPrediction } from '../store/runs/predictionRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { addPoint, movePoint, setGrade, type EditMeta } from './editLabels';

/**
 * Takes the latest AI run's grade and point for a location as the label: the grade becomes the
 * most likely one; the AI point moves the location's existing point there, or is placed when
 * the location has none. Edits carry source 'ai' (meta.source) so the audit tells an accepted
 * AI value from the reader's own.
 */
export function acceptAi(db: WorkspaceDb, studyId: number, condition: ConditionId, level: LevelId, meta: EditMeta): void {
  const prediction = findLatestPrediction(db, studyId, condition, level);
  if (!prediction) throw new NotFoundError(`study ${studyId} has no AI prediction for ${condition} ${level}`);
  setGrade(db, studyId, condition, level, mostLikelyGrade(prediction.probabilities), meta);
  const { seriesId, instanceNumber, x, y } = prediction;
  if (seriesId === null || instanceNumber === null || x === null || y === null) return;
  const value = { seriesId, instanceNumber, x, y };
  const existing = findFirstLivePoint(db, studyId, condition, level);
  if (!existing) addPoint(db, studyId, condition, level, value, meta);
  else if (existing.seriesId !== seriesId || existing.instanceNumber !== instanceNumber || existing.x !== x || existing.y !== y)
    movePoint(db, existing.id, value, meta);
}
