import {
  conditionInfo,
  GRADES,
  LOCATIONS,
  locationColumn,
  type ConditionGroup,
  type GradeId,
  type GradeProbabilities,
  type Location,
} from '../../common/vocabulary';

/** One labelled cell of the solution (unlabelled cells are simply absent: they are not scored). */
export interface SolutionRow {
  readonly rowId: string;
  readonly grade: GradeId;
}

/** One submission row: three probabilities in column order normal_mild, moderate, severe. */
export interface SubmissionRow {
  readonly rowId: string;
  readonly probabilities: GradeProbabilities;
}

/** The competition score and its four terms (lower is better). Null where no row was scored. */
export interface RsnaScore {
  readonly spinal: number | null;
  readonly foraminal: number | null;
  readonly subarticular: number | null;
  readonly any_severe_spinal: number | null;
  /** The plain mean of the four terms; null when any of them is null. */
  readonly score: number | null;
}

export const METRIC_EPSILON = 1e-15;

const weightOf = new Map<GradeId, number>(GRADES.map((g) => [g.id, g.weight]));
const locationBySuffix = new Map<string, Location>(LOCATIONS.map((l) => [locationColumn(l), l]));

/** `<study>_<condition>_<level>` → study id and location; the study id is everything before the first `_`. */
export function parseRowId(rowId: string): { studyId: string; location: Location } {
  const cut = rowId.indexOf('_');
  const location = cut > 0 ? locationBySuffix.get(rowId.slice(cut + 1)) : undefined;
  if (!location) throw new Error(`row_id "${rowId}" is not <study_id>_<condition>_<level> (e.g. 44036939_spinal_canal_stenosis_l1_l2)`);
  return { studyId: rowId.slice(0, cut), location };
}

export function rowIdOf(studyId: string, location: Location): string {
  return `${studyId}_${locationColumn(location)}`;
}

/**
 * The RSNA 2024 lumbar spine metric exactly as shared/design/rsna-data.md defines it:
 * submission rows are aligned to the solution by row_id (extra rows are ignored, a missing one is
 * an error); for each condition group (spinal; foraminal left+right; subarticular left+right) the
 * sample-weighted log loss Σ w·(−log p_true) / Σ w with weights 1/2/4 for Normal/Mild, Moderate,
 * Severe, each predicted row first normalised to sum 1 then clipped to [1e-15, 1 − 1e-15];
 * `any_severe_spinal`: per study with labelled spinal rows, label = any Severe, prediction = the
 * largest submitted `severe` among those rows, as submitted (clipped, not normalised), weight =
 * the largest sample weight among them, binary weighted log loss; score = mean of the four.
 */
export function rsnaScore(solution: readonly SolutionRow[], submission: readonly SubmissionRow[]): RsnaScore {
  const submitted = new Map<string, GradeProbabilities>();
  for (const row of submission) {
    checkProbabilities(row);
    if (submitted.has(row.rowId)) throw new Error(`submission has row_id "${row.rowId}" twice`);
    submitted.set(row.rowId, row.probabilities);
  }
  const missing = solution.filter((s) => !submitted.has(s.rowId)).map((s) => s.rowId);
  if (missing.length > 0) {
    throw new Error(
      `submission lacks ${missing.length} row(s) of the solution: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
    );
  }

  const sums = new Map<ConditionGroup, { loss: number; weight: number }>();
  const studies = new Map<string, { severe: boolean; weight: number; prediction: number }>();
  const seen = new Set<string>();
  for (const row of solution) {
    if (seen.has(row.rowId)) throw new Error(`solution has row_id "${row.rowId}" twice`);
    seen.add(row.rowId);
    const { studyId, location } = parseRowId(row.rowId);
    const group = conditionInfo(location.condition).group;
    const p = submitted.get(row.rowId) as GradeProbabilities;
    const weight = weightOf.get(row.grade) as number;
    const gradeIndex = GRADES.findIndex((g) => g.id === row.grade);
    const total = p[0] + p[1] + p[2];
    if (!(total > 0)) throw new Error(`submission row "${row.rowId}" sums to 0: it cannot be normalised`);
    const pTrue = clip((p[gradeIndex] as number) / total);
    const sum = sums.get(group) ?? { loss: 0, weight: 0 };
    sum.loss += weight * -Math.log(pTrue);
    sum.weight += weight;
    sums.set(group, sum);
    if (group === 'spinal') {
      const study = studies.get(studyId) ?? { severe: false, weight: 0, prediction: -Infinity };
      study.severe ||= row.grade === 'severe';
      study.weight = Math.max(study.weight, weight);
      study.prediction = Math.max(study.prediction, p[2]);
      studies.set(studyId, study);
    }
  }
  const term = (group: ConditionGroup): number | null => {
    const sum = sums.get(group);
    return sum && sum.weight > 0 ? sum.loss / sum.weight : null;
  };
  let anyLoss = 0;
  let anyWeight = 0;
  for (const study of studies.values()) {
    const p = clip(study.prediction);
    anyLoss += study.weight * -(study.severe ? Math.log(p) : Math.log(1 - p));
    anyWeight += study.weight;
  }
  const terms = {
    spinal: term('spinal'),
    foraminal: term('foraminal'),
    subarticular: term('subarticular'),
    any_severe_spinal: anyWeight > 0 ? anyLoss / anyWeight : null,
  };
  const values = Object.values(terms);
  const score = values.every((v): v is number => v !== null) ? values.reduce((a, b) => a + b, 0) / values.length : null;
  return { ...terms, score };
}

function clip(p: number): number {
  return Math.min(Math.max(p, METRIC_EPSILON), 1 - METRIC_EPSILON);
}

function checkProbabilities(row: SubmissionRow): void {
  for (const value of row.probabilities) {
    if (!Number.isFinite(value)) throw new Error(`submission row "${row.rowId}": ${value} is not a finite number`);
    if (value < 0) throw new Error(`submission row "${row.rowId}": ${value} is negative (predictions must be at least zero)`);
  }
}
