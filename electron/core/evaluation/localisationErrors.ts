import type { Database } from 'better-sqlite3';
import { imagePoint, pixelToPatient } from '../../common/geometry';
import { CONDITION_GROUPS, conditionInfo, isConditionId, isLevelId, type ConditionGroup, type ConditionId, type LevelId } from '../../common/vocabulary';
import type { LocalisationSummary } from '../../common/contract/quality';
import { NotFoundError } from '../errors';
import { instanceGeometryLookup } from './instanceGeometry';

export type { LocalisationSummary };

/** Localisation is judged in patient space: "found" is within this many mm of the labelled point (issue 7). */
export const FOUND_WITHIN_MM = 5;

/** One labelled point of a run's studies and how far the run's point for that location is from it. */
export interface PointError {
  readonly studyId: number;
  readonly studyKey: string;
  readonly condition: ConditionId;
  readonly level: LevelId;
  /** Distance in mm between the two points in patient space; null when the run gave no point. */
  readonly distanceMm: number | null;
  /** Why there is no distance: the answer was a prior, or a slice has no geometry. */
  readonly missing: string | null;
}


export interface RunLocalisation extends LocalisationSummary {
  readonly runId: number;
  readonly byGroup: Readonly<Record<ConditionGroup, LocalisationSummary>>;
  readonly errors: readonly PointError[];
}

interface Row {
  study_id: number;
  study_key: string;
  condition: string;
  level: string;
  series_id: number;
  instance_number: number;
  x: number;
  y: number;
  source: string;
  pr_series: number | null;
  pr_instance: number | null;
  pr_x: number | null;
  pr_y: number | null;
}

/**
 * How well a model run located the labelled points: for every current labelled point (not
 * deleted) on the studies the run answered, the distance in patient space (mm, DICOM PS3.3
 * C.7.6.2.1.1) from the run's point for the same location, whatever slice each lies on, so a
 * point on the wrong slice costs the slice distance too. The run's point is its located (not
 * prior) answer; a location answered with a prior counts as not found.
 */
export function localisationErrors(db: Database, runId: number, withinMm = FOUND_WITHIN_MM): RunLocalisation {
  if (!db.prepare('SELECT 1 FROM model_runs WHERE id = ?').get(runId)) throw new NotFoundError(`no model run ${runId}`);
  const rows = db
    .prepare(
      `SELECT s.id AS study_id, s.study_key, p.condition, p.level, p.series_id, p.instance_number, p.x, p.y,
         pr.source, pr.series_id AS pr_series, pr.instance_number AS pr_instance, pr.x AS pr_x, pr.y AS pr_y
       FROM points p JOIN studies s ON s.id = p.study_id
       JOIN predictions pr ON pr.run_id = ? AND pr.study_id = p.study_id AND pr.condition = p.condition AND pr.level = p.level
       WHERE p.deleted = 0 ORDER BY s.study_key, p.condition, p.level, p.id`,
    )
    .all(runId) as Row[];
  const geometry = instanceGeometryLookup(db);
  const errors: PointError[] = [];
  for (const r of rows) {
    if (!isConditionId(r.condition) || !isLevelId(r.level)) continue;
    const base = { studyId: r.study_id, studyKey: r.study_key, condition: r.condition, level: r.level };
    if (r.source !== 'model' || r.pr_series === null || r.pr_instance === null || r.pr_x === null || r.pr_y === null) {
      errors.push({ ...base, distanceMm: null, missing: 'the run answered with a prior (no point located)' });
      continue;
    }
    const labelled = geometry(r.series_id, r.instance_number);
    const predicted = geometry(r.pr_series, r.pr_instance);
    if (!labelled || !predicted) {
      errors.push({ ...base, distanceMm: null, missing: `${labelled ? "the run's" : "the label's"} slice has no patient geometry` });
      continue;
    }
    const a = pixelToPatient(labelled, imagePoint(r.x, r.y));
    const b = pixelToPatient(predicted, imagePoint(r.pr_x, r.pr_y));
    errors.push({ ...base, distanceMm: Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), missing: null });
  }
  const byGroup = Object.fromEntries(
    CONDITION_GROUPS.map((g) => [g, summarise(errors.filter((e) => conditionInfo(e.condition).group === g), withinMm)]),
  ) as Record<ConditionGroup, LocalisationSummary>;
  return { runId, ...summarise(errors, withinMm), byGroup, errors };
}

/** Found rate and distance quantiles of a list of point errors. */
export function summarise(errors: readonly PointError[], withinMm: number): LocalisationSummary {
  const distances = errors.flatMap((e) => (e.distanceMm === null ? [] : [e.distanceMm])).sort((a, b) => a - b);
  const found = distances.filter((d) => d <= withinMm).length;
  return {
    labelledPoints: errors.length,
    located: distances.length,
    withinMm,
    found,
    foundRate: errors.length === 0 ? null : found / errors.length,
    medianMm: quantile(distances, 0.5),
    p90Mm: quantile(distances, 0.9),
    meanMm: distances.length === 0 ? null : distances.reduce((a, b) => a + b, 0) / distances.length,
  };
}

/** Linear interpolation between closest ranks (NumPy's default percentile); null for no values. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.min(low + 1, sorted.length - 1);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}
