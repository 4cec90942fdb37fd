import { imagePoint, pixelToPatient } from '../../common/geometry';
import {
  CONDITION_GROUPS,
  conditionInfo,
  isConditionId,
  isLevelId,
  type ConditionGroup,
  type ConditionId,
  type LevelId,
} from '../../common/vocabulary';
import type { LocalisationSummary } from '../../common/contract/quality';
import { NotFoundError } from '../errors';
import { modelRunExists } from '../store/runs/modelRunRepository';
import { listPointsAgainstPredictions } from '../store/runs/predictionRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
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

/**
 * How well a model run located the labelled points: for every current labelled point (not
 * deleted) on the studies the run answered, the distance in patient space (mm, DICOM PS3.3
 * C.7.6.2.1.1) from the run's point for the same location, whatever slice each lies on, so a
 * point on the wrong slice costs the slice distance too. The run's point is its located (not
 * prior) answer; a location answered with a prior counts as not found.
 */
export function localisationErrors(db: WorkspaceDb, runId: number, withinMm = FOUND_WITHIN_MM): RunLocalisation {
  if (!modelRunExists(db, runId)) throw new NotFoundError(`no model run ${runId}`);
  const rows = listPointsAgainstPredictions(db, runId);
  const geometry = instanceGeometryLookup(db);
  const errors: PointError[] = [];
  for (const r of rows) {
    if (!isConditionId(r.condition) || !isLevelId(r.level)) continue;
    const base = { studyId: r.studyId, studyKey: r.studyKey, condition: r.condition, level: r.level };
    if (
      r.source !== 'model' ||
      r.predictedSeriesId === null ||
      r.predictedInstanceNumber === null ||
      r.predictedX === null ||
      r.predictedY === null
    ) {
      errors.push({ ...base, distanceMm: null, missing: 'the run answered with a prior (no point located)' });
      continue;
    }
    const labelled = geometry(r.seriesId, r.instanceNumber);
    const predicted = geometry(r.predictedSeriesId, r.predictedInstanceNumber);
    if (!labelled || !predicted) {
      errors.push({ ...base, distanceMm: null, missing: `${labelled ? "the run's" : "the label's"} slice has no patient geometry` });
      continue;
    }
    const a = pixelToPatient(labelled, imagePoint(r.x, r.y));
    const b = pixelToPatient(predicted, imagePoint(r.predictedX, r.predictedY));
    errors.push({ ...base, distanceMm: Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), missing: null });
  }
  const byGroup = Object.fromEntries(
    CONDITION_GROUPS.map((g) => [
      g,
      summarise(
        errors.filter((e) => conditionInfo(e.condition).group === g),
        withinMm,
      ),
    ]),
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
