import type { Database } from 'better-sqlite3';
import type { EditEntry, EditSource } from '../../common/contract';
import { isConditionId, isLevelId, type ConditionId, type LevelId } from '../../common/vocabulary';

export interface HistoryFilter {
  readonly condition?: ConditionId | undefined;
  readonly level?: LevelId | undefined;
  readonly limit?: number | undefined;
  /** Only the study's newest edit group (the last action, undo or redo). */
  readonly latestGroup?: boolean;
}

/**
 * The audit of a study, newest first: every edit, or those of one cell (condition and level),
 * or of one condition or level. Served by the index edits_location / edits_study.
 */
export function editHistory(db: Database, studyId: number, filter: HistoryFilter = {}): EditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, group_id, entity, entity_id, action, condition, level, before, after, reader, source, at FROM edits
       WHERE study_id = @studyId AND (@condition IS NULL OR condition = @condition) AND (@level IS NULL OR level = @level)
         AND (@latest = 0 OR group_id = (SELECT max(group_id) FROM edits WHERE study_id = @studyId))
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({ studyId, condition: filter.condition ?? null, level: filter.level ?? null, limit: filter.limit ?? 500, latest: filter.latestGroup ? 1 : 0 }) as {
    id: number;
    group_id: number;
    entity: string;
    entity_id: number | null;
    action: string;
    condition: string | null;
    level: string | null;
    before: string | null;
    after: string | null;
    reader: string;
    source: string;
    at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    groupId: r.group_id,
    entity: r.entity === 'grade' || r.entity === 'point' ? r.entity : 'review',
    entityId: r.entity_id,
    action: r.action,
    condition: r.condition !== null && isConditionId(r.condition) ? r.condition : null,
    level: r.level !== null && isLevelId(r.level) ? r.level : null,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    reader: r.reader,
    source: r.source as EditSource,
    at: r.at,
  }));
}
