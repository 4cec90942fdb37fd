import { isConditionId, isGradeId, isLevelId, shiftLevel, type ConditionId, type GradeId, type LevelId } from '../../common/vocabulary';
import { NotFoundError } from '../errors';
import { findGrade } from '../store/labels/gradeRepository';
import { listLivePointsOfSeries } from '../store/labels/pointRepository';
import { seriesIsInStudy } from '../store/studies/seriesRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { addPoint, deletePoint, setGrade, type EditMeta } from './editLabels';

/**
 * Relabels every point on one series by one disc level: delta +1 moves each point to the next
 * level caudally (L4/L5 → L5/S1), −1 cranially — the fix for the most common RSNA label error,
 * a level count off by one (rsna-data.md, pitfall 2). Each point is deleted and placed again at
 * the new level with the same position, so the imported original keeps its own row (the
 * original export is unchanged) and one undo reverses the whole shift. A point shifted past
 * L1/L2 or L5/S1 has no level to go to and is deleted.
 *
 * Grades move with their points: in the RSNA labels a grade was given by the annotator at the
 * disc they marked, so when the disc was named wrongly both the point and its grade belong to
 * the neighbouring level. Only the levels whose point is on this series move (a condition's
 * other levels may rest on another series); a level left behind with no point coming in
 * becomes unlabelled, and the sanity checks then show it as "grade without point" or missing.
 */
export function shiftLevels(db: WorkspaceDb, studyId: number, seriesId: number, delta: -1 | 1, meta: EditMeta): void {
  if (!seriesIsInStudy(db, seriesId, studyId)) throw new NotFoundError(`series ${seriesId} is not part of study ${studyId}`);
  const points = listLivePointsOfSeries(db, studyId, seriesId);
  const moved = new Map<ConditionId, Map<LevelId, GradeId | null>>();
  for (const point of points) {
    if (!isConditionId(point.condition) || !isLevelId(point.level)) continue;
    const grade = findGrade(db, studyId, point.condition, point.level);
    const byLevel = moved.get(point.condition) ?? new Map<LevelId, GradeId | null>();
    byLevel.set(point.level, grade && isGradeId(grade) ? grade : null);
    moved.set(point.condition, byLevel);
    deletePoint(db, point.id, meta);
    const to = shiftLevel(point.level, delta);
    if (to)
      addPoint(
        db,
        studyId,
        point.condition,
        to,
        { seriesId: point.seriesId, instanceNumber: point.instanceNumber, x: point.x, y: point.y },
        meta,
      );
  }
  for (const [condition, grades] of moved) {
    const incoming = new Map<LevelId, GradeId | null>();
    for (const [level, grade] of grades) {
      const to = shiftLevel(level, delta);
      if (to) incoming.set(to, grade);
    }
    for (const level of grades.keys()) if (!incoming.has(level)) setGrade(db, studyId, condition, level, null, meta);
    for (const [level, grade] of incoming) setGrade(db, studyId, condition, level, grade, meta);
  }
}
