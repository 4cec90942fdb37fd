import type { DetectionBox } from '../../../common/contract';
import { isConditionId, isLevelId } from '../../../common/vocabulary';
import type { WorkspaceDb } from '../WorkspaceDb';

/** The AI boxes of a run on the study's instances, by instance then most confident first (the viewer draws those of the slice shown). */
export function listDetectionBoxes(db: WorkspaceDb, studyId: number, runId: number): DetectionBox[] {
  const rows = db
    .prepare(
      'SELECT id, instance_id, class_name, condition, level, confidence, x1, y1, x2, y2 FROM detections WHERE study_id = ? AND run_id = ? ORDER BY instance_id, confidence DESC',
    )
    .all(studyId, runId) as {
    id: number;
    instance_id: number;
    class_name: string;
    condition: string | null;
    level: string | null;
    confidence: number;
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    instanceId: r.instance_id,
    className: r.class_name,
    condition: r.condition !== null && isConditionId(r.condition) ? r.condition : null,
    level: r.level !== null && isLevelId(r.level) ? r.level : null,
    confidence: r.confidence,
    x1: r.x1,
    y1: r.y1,
    x2: r.x2,
    y2: r.y2,
  }));
}
