import { CONDITIONS, LEVELS, type ConditionGroup, type ConditionId, type LevelId } from '../../../common/vocabulary';

export interface ClassLocation {
  readonly condition: ConditionId;
  readonly level: LevelId;
}

/**
 * The seed's detector class name of a location: the RSNA condition and level with spaces and
 * slashes as underscores, e.g. `Left_Neural_Foraminal_Narrowing_L1_L2` (seed-method.md
 * "Detectors").
 */
export function detectorClassName(condition: ConditionId, level: LevelId): string {
  const c = CONDITIONS.find((x) => x.id === condition);
  const l = LEVELS.find((x) => x.id === level);
  if (!c || !l) throw new Error(`unknown location ${condition}/${level}`);
  return `${c.rsnaName.replace(/ /g, '_')}_${l.rsnaName.replace('/', '_')}`;
}

const byName = new Map<string, ClassLocation>(
  CONDITIONS.flatMap((c) => LEVELS.map((l) => [detectorClassName(c.id, l.id), { condition: c.id, level: l.id }] as const)),
);

/** The location a detector class name stands for, or undefined. */
export function classLocation(name: string): ClassLocation | undefined {
  return byName.get(name);
}

/** The seed's class list of a condition group, in class-id order (left before right). */
export function seedClassNames(group: ConditionGroup): string[] {
  return CONDITIONS.filter((c) => c.group === group).flatMap((c) => LEVELS.map((l) => detectorClassName(c.id, l.id)));
}

/**
 * Maps each class id of a detector to its location, refusing names that are not a location of
 * the model's condition group.
 */
export function classLocations(names: readonly string[], group: ConditionGroup): { locations: ClassLocation[]; problems: string[] } {
  const locations: ClassLocation[] = [];
  const problems: string[] = [];
  names.forEach((name, i) => {
    const location = classLocation(name);
    const info = location && CONDITIONS.find((c) => c.id === location.condition);
    if (!location || !info || info.group !== group) {
      problems.push(`class ${i} "${name}" is not a ${group} location (expected names like "${seedClassNames(group)[0]}")`);
    } else locations.push(location);
  });
  return { locations, problems };
}
