import { type ConditionId, type LevelId, locationKey } from '../../electron/common/vocabulary';

/** Continuous stenosis severity (0 … 1) of each of the 25 locations. */
export class LevelSeverities {
  constructor(private readonly byLocation: ReadonlyMap<string, number>) {}

  of(condition: ConditionId, level: LevelId): number {
    return this.byLocation.get(locationKey({ condition, level })) ?? 0;
  }

  /** The worst severity of any condition at a level. */
  worst(level: LevelId): number {
    let worst = 0;
    for (const condition of ['spinal', 'left_foraminal', 'right_foraminal', 'left_subarticular', 'right_subarticular'] as const) {
      worst = Math.max(worst, this.of(condition, level));
    }
    return worst;
  }
}
