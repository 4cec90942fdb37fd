import type { WorkspaceDb } from '../WorkspaceDb';

/**
 * The worklist: one row per study with series badges, status, label counts, AI disagreements,
 * worst grade and last reader. The counts come from `study_stats`, which triggers keep
 * current (migration 001), so this reads one row per study plus primary-key lookups
 * (checked with EXPLAIN QUERY PLAN in test/unit/studies/listStudies.test.ts).
 */
export const STUDY_SUMMARY_SQL = `
SELECT
  s.id, s.study_key,
  st.instances, st.sag_t1, st.sag_t2, st.ax_t2, st.other_series AS other,
  st.labelled, st.points,
  CASE WHEN st.severe > 0 THEN 2 WHEN st.moderate > 0 THEN 1 WHEN st.labelled > 0 THEN 0 END AS worst,
  st.latest_run_id AS run_id,
  st.disagreements, st.disagreement_loss,
  r.status AS review_status, r.reader AS review_reader, r.updated_at AS review_at,
  e.reader AS edit_reader, e.at AS edit_at
FROM studies s
JOIN study_stats st ON st.study_id = s.id
LEFT JOIN reviews r ON r.study_id = s.id
LEFT JOIN edits e ON e.id = st.last_edit_id
WHERE @studyId IS NULL OR s.id = @studyId
ORDER BY s.label_seq IS NULL, s.label_seq, s.study_key
`;

interface SummaryRow {
  id: number;
  study_key: string;
  instances: number;
  sag_t1: number;
  sag_t2: number;
  ax_t2: number;
  other: number;
  labelled: number;
  points: number;
  worst: number | null;
  run_id: number | null;
  disagreements: number;
  disagreement_loss: number;
  review_status: string | null;
  review_reader: string | null;
  review_at: string | null;
  edit_reader: string | null;
  edit_at: string | null;
}

/** One worklist row as stored: the study_stats counts, its review and its latest edit. */
export interface StudySummaryRecord {
  readonly id: number;
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
  readonly latestRunId: number | null;
  readonly disagreements: number;
  readonly disagreementLoss: number;
  readonly reviewStatus: string | null;
  readonly reviewReader: string | null;
  readonly reviewAt: string | null;
  readonly editReader: string | null;
  readonly editAt: string | null;
}

/** Every study's worklist row in worklist order, or only `studyId`'s when given. */
export function listStudySummaryRecords(db: WorkspaceDb, studyId: number | null = null): StudySummaryRecord[] {
  return (db.prepare(STUDY_SUMMARY_SQL).all({ studyId }) as SummaryRow[]).map(toRecord);
}

function toRecord(row: SummaryRow): StudySummaryRecord {
  return {
    id: row.id,
    studyKey: row.study_key,
    instances: row.instances,
    sagT1: row.sag_t1,
    sagT2: row.sag_t2,
    axT2: row.ax_t2,
    otherSeries: row.other,
    labelled: row.labelled,
    points: row.points,
    worst: row.worst,
    latestRunId: row.run_id,
    disagreements: row.disagreements,
    disagreementLoss: row.disagreement_loss,
    reviewStatus: row.review_status,
    reviewReader: row.review_reader,
    reviewAt: row.review_at,
    editReader: row.edit_reader,
    editAt: row.edit_at,
  };
}
