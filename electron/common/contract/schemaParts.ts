import { z } from 'zod';
import {
  CONDITION_GROUPS,
  CONDITION_IDS,
  GRADE_IDS,
  LEVEL_IDS,
  SERIES_ROLES,
  type ConditionId,
  type GradeId,
  type LevelId,
  type SeriesRole as SeriesRoleId,
} from '../vocabulary';

/** Schemas several domains' declarations share. */

/** A request without arguments. */
export const Empty = z.object({}).strict();
/** A table row id the renderer got from an earlier answer (instances, points, edits…). */
export const RowId = z.number().int().positive();

export const Condition = z.enum(CONDITION_IDS as [ConditionId, ...ConditionId[]]);
export const Level = z.enum(LEVEL_IDS as [LevelId, ...LevelId[]]);
export const Grade = z.enum(GRADE_IDS as [GradeId, ...GradeId[]]);
export const ConditionGroup = z.enum(CONDITION_GROUPS);
export const SeriesRole = z.enum(SERIES_ROLES.map((role) => role.id) as [SeriesRoleId, ...SeriesRoleId[]]);
/** Three probabilities in submission column order (GradeProbabilities). */
export const GradeProbabilities = z.tuple([z.number(), z.number(), z.number()]).readonly();
/** A patient-space (LPS, mm) 3-vector. */
export const Vec3 = z.tuple([z.number(), z.number(), z.number()]).readonly();
/** An ISO 8601 time as SQLite or Date#toISOString writes it. */
export const Timestamp = z.string();

/** A record with one value per condition group (z.record over an enum requires every key). */
export function byConditionGroup<S extends z.ZodType>(value: S) {
  return z.record(ConditionGroup, value);
}
