import type { EditEntry, EditSource } from '../../../common/contract';
import { asStudyId, type StudyId } from '../../../common/ids';
import { isConditionId, isLevelId, type ConditionId, type LevelId } from '../../../common/vocabulary';
import type { WorkspaceDb } from '../WorkspaceDb';

/** One row of the audit (`edits`, append-only) as it is written; before/after are stored as JSON. */
export interface NewEdit {
  readonly studyId: number;
  readonly groupId: number;
  readonly entity: 'grade' | 'point' | 'review';
  readonly entityId: number | null;
  readonly condition: string | null;
  readonly level: string | null;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly reader: string;
  readonly source: string;
  readonly at: string;
}

/** An audited edit as undo and redo read it back (before/after decoded). */
export interface StoredEdit {
  readonly id: number;
  readonly studyId: StudyId;
  readonly entity: string;
  readonly entityId: number | null;
  readonly condition: string | null;
  readonly level: string | null;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly source: string;
}

export interface HistoryFilter {
  readonly condition?: ConditionId | undefined;
  readonly level?: LevelId | undefined;
  readonly limit?: number | undefined;
  /** Only the study's newest edit group (the last action, undo or redo). */
  readonly latestGroup?: boolean;
}

/** The next free edit group id; call inside the transaction that writes the group. */
export function nextEditGroupId(db: WorkspaceDb): number {
  return (db.prepare('SELECT coalesce(max(group_id), 0) + 1 FROM edits').pluck().get() as number) ?? 1;
}

/** Appends one row to the audit (`edits`, append-only). */
export function insertEdit(db: WorkspaceDb, edit: NewEdit): void {
  db.prepare(
    `INSERT INTO edits (study_id, group_id, entity, entity_id, condition, level, action, before, after, reader, source, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    edit.studyId,
    edit.groupId,
    edit.entity,
    edit.entityId,
    edit.condition,
    edit.level,
    edit.action,
    JSON.stringify(edit.before),
    JSON.stringify(edit.after),
    edit.reader,
    edit.source,
    edit.at,
  );
}

/** Whether any edit was written under the group. */
export function groupHasEdits(db: WorkspaceDb, groupId: number): boolean {
  return db.prepare('SELECT 1 FROM edits WHERE group_id = ? LIMIT 1').get(groupId) !== undefined;
}

/** Whether the reader has ever accepted an AI value in the study (an edit with source 'ai'). */
export function readerAcceptedAi(db: WorkspaceDb, studyId: number, reader: string): boolean {
  return db.prepare("SELECT 1 FROM edits WHERE study_id = ? AND reader = ? AND source = 'ai' LIMIT 1").get(studyId, reader) !== undefined;
}

/** The newest audit entry's id, null before any edit. */
export function findLastEditId(db: WorkspaceDb): number | null {
  return db.prepare('SELECT max(id) FROM edits').pluck().get() as number | null;
}

/** The edits of one group, oldest first. */
export function listEditsOfGroup(db: WorkspaceDb, groupId: number): StoredEdit[] {
  const rows = db
    .prepare(
      'SELECT id, study_id, entity, entity_id, condition, level, action, before, after, source FROM edits WHERE group_id = ? ORDER BY id',
    )
    .all(groupId) as {
    id: number;
    study_id: number;
    entity: string;
    entity_id: number | null;
    condition: string | null;
    level: string | null;
    action: string;
    before: string | null;
    after: string | null;
    source: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    studyId: asStudyId(r.study_id),
    entity: r.entity,
    entityId: r.entity_id,
    condition: r.condition,
    level: r.level,
    action: r.action,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    source: r.source,
  }));
}

/**
 * The audit of a study, newest first: every edit, or those of one cell (condition and level),
 * or of one condition or level. Served by the index edits_location / edits_study.
 */
export function listEditsOfStudy(db: WorkspaceDb, studyId: number, filter: HistoryFilter = {}): EditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, group_id, entity, entity_id, action, condition, level, before, after, reader, source, at FROM edits
       WHERE study_id = @studyId AND (@condition IS NULL OR condition = @condition) AND (@level IS NULL OR level = @level)
         AND (@latest = 0 OR group_id = (SELECT max(group_id) FROM edits WHERE study_id = @studyId))
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({
      studyId,
      condition: filter.condition ?? null,
      level: filter.level ?? null,
      limit: filter.limit ?? 500,
      latest: filter.latestGroup ? 1 : 0,
    }) as {
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
