/**
 * The five graded conditions of the RSNA 2024 lumbar spine task, with every spelling the
 * competition files use (see shared/design/rsna-data.md). One table, so no other module
 * spells a condition by hand.
 */
export const CONDITIONS = [
  {
    id: 'spinal',
    rsnaName: 'Spinal Canal Stenosis',
    snake: 'spinal_canal_stenosis',
    group: 'spinal',
    side: null,
    role: 'sag_t2',
    short: 'SCS',
  },
  {
    id: 'left_foraminal',
    rsnaName: 'Left Neural Foraminal Narrowing',
    snake: 'left_neural_foraminal_narrowing',
    group: 'foraminal',
    side: 'left',
    role: 'sag_t1',
    short: 'L-NFN',
  },
  {
    id: 'right_foraminal',
    rsnaName: 'Right Neural Foraminal Narrowing',
    snake: 'right_neural_foraminal_narrowing',
    group: 'foraminal',
    side: 'right',
    role: 'sag_t1',
    short: 'R-NFN',
  },
  {
    id: 'left_subarticular',
    rsnaName: 'Left Subarticular Stenosis',
    snake: 'left_subarticular_stenosis',
    group: 'subarticular',
    side: 'left',
    role: 'ax_t2',
    short: 'L-SS',
  },
  {
    id: 'right_subarticular',
    rsnaName: 'Right Subarticular Stenosis',
    snake: 'right_subarticular_stenosis',
    group: 'subarticular',
    side: 'right',
    role: 'ax_t2',
    short: 'R-SS',
  },
] as const;

export type ConditionInfo = (typeof CONDITIONS)[number];
export type ConditionId = ConditionInfo['id'];
export type ConditionGroup = ConditionInfo['group'];
export type Side = 'left' | 'right';

export const CONDITION_IDS: readonly ConditionId[] = CONDITIONS.map((c) => c.id);

export const CONDITION_GROUPS = ['spinal', 'foraminal', 'subarticular'] as const;

const byId = new Map<string, ConditionInfo>(CONDITIONS.map((c) => [c.id, c]));
const byRsnaName = new Map<string, ConditionInfo>(CONDITIONS.map((c) => [c.rsnaName, c]));
const bySnake = new Map<string, ConditionInfo>(CONDITIONS.map((c) => [c.snake, c]));

export function conditionInfo(id: ConditionId): ConditionInfo {
  const info = byId.get(id);
  if (!info) throw new Error(`unknown condition id "${id}"`);
  return info;
}

/** Exact match on the RSNA spelling, e.g. "Left Neural Foraminal Narrowing". */
export function conditionFromRsnaName(name: string): ConditionInfo | undefined {
  return byRsnaName.get(name);
}

/** Exact match on the snake-case spelling used in train.csv columns and submission row ids. */
export function conditionFromSnake(snake: string): ConditionInfo | undefined {
  return bySnake.get(snake);
}

export function isConditionId(value: string): value is ConditionId {
  return byId.has(value);
}
