/** The five intervertebral disc levels, cranial to caudal, in every RSNA spelling. */
export const LEVELS = [
  { id: 'l1_l2', rsnaName: 'L1/L2', index: 0 },
  { id: 'l2_l3', rsnaName: 'L2/L3', index: 1 },
  { id: 'l3_l4', rsnaName: 'L3/L4', index: 2 },
  { id: 'l4_l5', rsnaName: 'L4/L5', index: 3 },
  { id: 'l5_s1', rsnaName: 'L5/S1', index: 4 },
] as const;

export type LevelInfo = (typeof LEVELS)[number];
export type LevelId = LevelInfo['id'];

export const LEVEL_IDS: readonly LevelId[] = LEVELS.map((l) => l.id);

const byId = new Map<string, LevelInfo>(LEVELS.map((l) => [l.id, l]));
const byRsnaName = new Map<string, LevelInfo>(LEVELS.map((l) => [l.rsnaName, l]));

export function levelInfo(id: LevelId): LevelInfo {
  const info = byId.get(id);
  if (!info) throw new Error(`unknown level id "${id}"`);
  return info;
}

/** Exact match on the RSNA spelling, e.g. "L4/L5". */
export function levelFromRsnaName(name: string): LevelInfo | undefined {
  return byRsnaName.get(name);
}

export function isLevelId(value: string): value is LevelId {
  return byId.has(value);
}

/** The level `delta` steps caudal (positive) or cranial (negative), or undefined past L1/L2 or L5/S1. */
export function shiftLevel(id: LevelId, delta: number): LevelId | undefined {
  return LEVELS[levelInfo(id).index + delta]?.id;
}
