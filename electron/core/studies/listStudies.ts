import type { Database } from 'better-sqlite3';
import type { StudyListQuery, StudyStatus, StudySummary } from '../../common/contract';
import { asStudyId } from '../../common/ids';
import { gradeInfo, isGradeId, type GradeId } from '../../common/vocabulary';
import { sampleOfRest } from './sampleOfRest';

const GRADE_RANK: Record<GradeId, number> = { normal_mild: 0, moderate: 1, severe: 2 };
const STATUS_RANK: Record<StudyStatus, number> = { new: 0, ai_done: 1, in_review: 2, reviewed: 3 };

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

/**
 * Summaries of every study, or of one when `studyId` is given. `problems` holds label
 * sanity-check counts by study id (checks/LabelCheckIndex); studies absent from it count 0.
 */
export function studySummaries(db: Database, studyId: number | null = null, problems?: ReadonlyMap<number, number>): StudySummary[] {
  const rows = db.prepare(STUDY_SUMMARY_SQL).all({ studyId }) as SummaryRow[];
  return rows.map((row) => toSummary(row, problems?.get(row.id) ?? 0));
}

/** `blind`: a blinded first read is on (the sample of the rest then ignores AI disagreement). */
export function listStudies(db: Database, query: StudyListQuery = {}, problems?: ReadonlyMap<number, number>, blind = false): StudySummary[] {
  let studies = studySummaries(db, null, problems);
  const search = query.search?.trim().toLowerCase();
  if (search) studies = studies.filter((s) => s.key.toLowerCase().includes(search));
  if (query.status && query.status.length > 0) {
    const wanted = new Set(query.status);
    studies = studies.filter((s) => wanted.has(s.status));
  }
  if (query.disagreement) studies = studies.filter((s) => (s.disagreements ?? 0) > 0);
  if (query.severe) studies = studies.filter((s) => s.worstGrade === 'severe');
  if (query.labelProblems) studies = studies.filter((s) => s.labelProblems > 0);
  if (query.missingSeries) studies = studies.filter((s) => s.seriesByRole.sag_t1 === 0 || s.seriesByRole.sag_t2 === 0 || s.seriesByRole.ax_t2 === 0);
  if (query.sampleOfRest !== undefined) studies = sampleOfRest(studies, query.sampleOfRest, blind);
  if (query.sort) studies = sortStudies(studies, query.sort.by, query.sort.direction);
  return studies;
}

function toSummary(row: SummaryRow, labelProblems: number): StudySummary {
  const worst = row.worst === null ? null : (['normal_mild', 'moderate', 'severe'] as const)[row.worst] ?? null;
  return {
    id: asStudyId(row.id),
    key: row.study_key,
    instances: row.instances,
    seriesByRole: { sag_t1: row.sag_t1, sag_t2: row.sag_t2, ax_t2: row.ax_t2, other: row.other },
    status: statusOf(row),
    labelledCells: row.labelled,
    points: row.points,
    disagreements: row.disagreements,
    disagreementLoss: row.disagreement_loss,
    worstGrade: worst !== null && isGradeId(worst) ? gradeInfo(worst).id : null,
    lastReader: latest(row.review_at, row.edit_at) === row.review_at ? row.review_reader : row.edit_reader,
    updatedAt: latest(row.review_at, row.edit_at),
    labelProblems,
  };
}

/** Study status (product.md "Study status"): reviewed and in review come from the reader; AI done from a run. */
function statusOf(row: SummaryRow): StudyStatus {
  if (row.review_status === 'reviewed') return 'reviewed';
  if (row.review_status === 'in_review' || row.edit_at !== null) return 'in_review';
  if (row.run_id !== null) return 'ai_done';
  return 'new';
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

type SortKey = NonNullable<StudyListQuery['sort']>['by'];

/** The disagreement order is by their cost under the competition metric (schema 4), their number breaking ties. */
function sortStudies(studies: StudySummary[], by: SortKey, direction: 'asc' | 'desc'): StudySummary[] {
  const value = (s: StudySummary): number | string => {
    switch (by) {
      case 'key':
        return s.key;
      case 'status':
        return STATUS_RANK[s.status];
      case 'disagreements':
        return s.disagreementLoss ?? -1;
      case 'worstGrade':
        return s.worstGrade === null ? -1 : GRADE_RANK[s.worstGrade];
      case 'labelledCells':
        return s.labelledCells;
      case 'points':
        return s.points;
      case 'labelProblems':
        return s.labelProblems;
      case 'updatedAt':
        return s.updatedAt ?? '';
    }
  };
  const sign = direction === 'asc' ? 1 : -1;
  return [...studies].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const count = by === 'disagreements' ? sign * ((a.disagreements ?? -1) - (b.disagreements ?? -1)) : 0;
    if (typeof va === 'number' && typeof vb === 'number') return sign * (va - vb) || count || a.key.localeCompare(b.key);
    return sign * String(va).localeCompare(String(vb), undefined, { numeric: true }) || a.key.localeCompare(b.key);
  });
}
