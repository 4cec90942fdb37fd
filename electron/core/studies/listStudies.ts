import type { StudyListQuery, StudyStatus, StudySummary } from '../../common/contract';
import { gradeInfo, isGradeId, type GradeId } from '../../common/vocabulary';
import { listStudySummaryRecords, type StudySummaryRecord } from '../store/studies/studySummaryRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { sampleOfRest } from './sampleOfRest';

const GRADE_RANK: Record<GradeId, number> = { normal_mild: 0, moderate: 1, severe: 2 };
const STATUS_RANK: Record<StudyStatus, number> = { new: 0, ai_done: 1, in_review: 2, reviewed: 3 };

/**
 * Summaries of every study, or of one when `studyId` is given. `problems` holds label
 * sanity-check counts by study id (checks/LabelCheckIndex); studies absent from it count 0.
 */
export function studySummaries(db: WorkspaceDb, studyId: number | null = null, problems?: ReadonlyMap<number, number>): StudySummary[] {
  return listStudySummaryRecords(db, studyId).map((row) => toSummary(row, problems?.get(row.id) ?? 0));
}

/** `blind`: a blinded first read is on (the sample of the rest then ignores AI disagreement). */
export function listStudies(
  db: WorkspaceDb,
  query: StudyListQuery = {},
  problems?: ReadonlyMap<number, number>,
  blind = false,
): StudySummary[] {
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
  if (query.missingSeries)
    studies = studies.filter((s) => s.seriesByRole.sag_t1 === 0 || s.seriesByRole.sag_t2 === 0 || s.seriesByRole.ax_t2 === 0);
  if (query.sampleOfRest !== undefined) studies = sampleOfRest(studies, query.sampleOfRest, blind);
  if (query.sort) studies = sortStudies(studies, query.sort.by, query.sort.direction);
  return studies;
}

function toSummary(row: StudySummaryRecord, labelProblems: number): StudySummary {
  const worst = row.worst === null ? null : ((['normal_mild', 'moderate', 'severe'] as const)[row.worst] ?? null);
  return {
    id: row.id,
    key: row.studyKey,
    instances: row.instances,
    seriesByRole: { sag_t1: row.sagT1, sag_t2: row.sagT2, ax_t2: row.axT2, other: row.otherSeries },
    status: statusOf(row),
    labelledCells: row.labelled,
    points: row.points,
    disagreements: row.disagreements,
    disagreementLoss: row.disagreementLoss,
    worstGrade: worst !== null && isGradeId(worst) ? gradeInfo(worst).id : null,
    lastReader: latest(row.reviewAt, row.editAt) === row.reviewAt ? row.reviewReader : row.editReader,
    updatedAt: latest(row.reviewAt, row.editAt),
    labelProblems,
  };
}

/** Study status (product.md "Study status"): reviewed and in review come from the reader; AI done from a run. */
function statusOf(row: StudySummaryRecord): StudyStatus {
  if (row.reviewStatus === 'reviewed') return 'reviewed';
  if (row.reviewStatus === 'in_review' || row.editAt !== null) return 'in_review';
  if (row.latestRunId !== null) return 'ai_done';
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
