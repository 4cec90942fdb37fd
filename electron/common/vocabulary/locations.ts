import { CONDITIONS, conditionInfo, type ConditionId } from './conditions';
import { LEVELS, levelInfo, type LevelId } from './levels';

/** One of the 25 graded locations: a condition at a disc level. */
export interface Location {
  readonly condition: ConditionId;
  readonly level: LevelId;
}

/**
 * The 25 locations in train.csv column order: condition-major, level-minor
 * (shared/design/rsna-data.md, "train.csv").
 */
export const LOCATIONS: readonly Location[] = CONDITIONS.flatMap((c) => LEVELS.map((l) => ({ condition: c.id, level: l.id })));

/** `spinal_canal_stenosis_l1_l2`: the train.csv column and the submission row-id suffix. */
export function locationColumn(location: Location): string {
  return `${conditionInfo(location.condition).snake}_${levelInfo(location.level).id}`;
}

/** A stable string key for maps. */
export function locationKey(location: Location): string {
  return `${location.condition}:${location.level}`;
}

export const TRAIN_CSV_COLUMNS: readonly string[] = ['study_id', ...LOCATIONS.map(locationColumn)];
