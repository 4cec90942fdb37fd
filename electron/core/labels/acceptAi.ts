import type { Database } from 'better-sqlite3';
import { mostLikelyGrade, type ConditionId, type LevelId } from '../../common/vocabulary';
import { NotFoundError } from '../errors';
import { addPoint, movePoint, setGrade, type EditMeta } from './editLabels';

interface PredictionRow {
  p_normal_mild: number;
  p_moderate: number;
  p_severe: number;
  series_id: number | null;
  instance_number: number | null;
  x: number | null;
  y: number | null;
}


/**
 * Takes the latest AI run's grade and point for a location as the label: the grade becomes the
 * most likely one; the AI point moves the location's existing point there, or is placed when
 * the location has none. Edits carry source 'ai' (meta.source) so the audit tells an accepted
 * AI value from the reader's own.
 */
export function acceptAi(db: Database, studyId: number, condition: ConditionId, level: LevelId, meta: EditMeta): void {
  const prediction = db
    .prepare(
      `SELECT p_normal_mild, p_moderate, p_severe, series_id, instance_number, x, y FROM predictions
       WHERE study_id = ? AND condition = ? AND level = ? ORDER BY run_id DESC LIMIT 1`,
    )
    .get(studyId, condition, level) as PredictionRow | undefined;
  if (!prediction) throw new NotFoundError(`study ${studyId} has no AI prediction for ${condition} ${level}`);
  setGrade(db, studyId, condition, level, mostLikelyGrade([prediction.p_normal_mild, prediction.p_moderate, prediction.p_severe]), meta);
  const { series_id: seriesId, instance_number: instanceNumber, x, y } = prediction;
  if (seriesId === null || instanceNumber === null || x === null || y === null) return;
  const value = { seriesId, instanceNumber, x, y };
  const existing = db.prepare('SELECT id, series_id, instance_number, x, y FROM points WHERE study_id = ? AND condition = ? AND level = ? AND deleted = 0 ORDER BY id LIMIT 1').get(studyId, condition, level) as
    | { id: number; series_id: number; instance_number: number; x: number; y: number }
    | undefined;
  if (!existing) addPoint(db, studyId, condition, level, value, meta);
  else if (existing.series_id !== seriesId || existing.instance_number !== instanceNumber || existing.x !== x || existing.y !== y) movePoint(db, existing.id, value, meta);
}
