import type { WorkspaceDb } from '../WorkspaceDb';
import { type RunId, type StudyId } from '../../../common/ids';

/**
 * The worklist: one row per study with series badges, status, label counts, AI disagreements,
 * worst grade and last reader. The counts come from `study_stats`, which triggers keep
 * current (migration 001), so this reads one row per study plus primary-key lookups
 * (checked with EXPLAIN QUERY PLAN in test/unit/studies/listStudies.test.ts).
 */
export const STUDY_SUMMARY_SQL = `
SELECT
  s.id, s.study_key AS studyKey,
  st.instances, st.sag_t1 AS sagT1, st.sag_t2 AS sagT2, st.ax_t2 AS axT2, st.other_series AS otherSeries,
  st.labelled, st.points,
  CASE WHEN st.severe > 0 THEN 2 WHEN st.moderate > 0 THEN 1 WHEN st.labelled > 0 THEN 0 END AS worst,
  st.latest_run_id AS latestRunId,
  st.disagreements, st.disagreement_loss AS disagreementLoss,
  r.status AS reviewStatus, r.reader AS reviewReader, r.updated_at AS reviewAt,
  e.reader AS editReader, e.at AS editAt
FROM studies s
JOIN study_stats st ON st.study_id = s.id
LEFT JOIN reviews r ON r.study_id = s.id
LEFT JOIN edits e ON e.id = st.last_edit_id
WHERE @studyId IS NULL OR s.id = @studyId
ORDER BY s.label_seq IS NULL, s.label_seq, s.study_key
`;

/** One worklist row as stored: the study_stats counts, its review and its latest edit. */
export interface StudySummaryRecord {
  /** Branded here (id and latestRunId): the row comes straight from SQL with the contract's column names. */
  readonly id: StudyId;
  readonly studyKey: string;
  readonly instances: number;
  readonly sagT1: number;
  readonly sagT2: number;
  readonly axT2: number;
  readonly otherSeries: number;
  readonly labelled: number;
  readonly points: number;
  /** 0 normal/mild, 1 moderate, 2 severe; null with no label. */
  readonly worst: number | null;
  readonly latestRunId: RunId | null;
  readonly disagreements: number;
  readonly disagreementLoss: number;
  readonly reviewStatus: string | null;
  readonly reviewReader: string | null;
  readonly reviewAt: string | null;
  readonly editReader: string | null;
  readonly editAt: string | null;
}

/**
 * Every study's worklist row in worklist order, or only `studyId`'s when given. The query names
 * its columns in camelCase, so rows need no second mapping pass (the worklist is a hot path).
 */
export function listStudySummaryRecords(db: WorkspaceDb, studyId: number | null = null): StudySummaryRecord[] {
  return db.prepare(STUDY_SUMMARY_SQL).all({ studyId }) as StudySummaryRecord[];
}
