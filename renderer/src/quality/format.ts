import { CONDITION_GROUPS, GRADES, type ConditionGroup } from '../../../electron/common/vocabulary';

/** How figures read on the quality screens: the same rounding everywhere, a dash for "nothing to show". */
export const NONE = '–';

export function fixed(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || !Number.isFinite(value) ? NONE : value.toFixed(digits);
}

export function percent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? NONE : `${(value * 100).toFixed(digits)}%`;
}

export function mm(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? NONE : `${value.toFixed(1)} mm`;
}

export const GROUP_NAMES: Readonly<Record<ConditionGroup, string>> = {
  spinal: 'Spinal canal',
  foraminal: 'Foraminal',
  subarticular: 'Subarticular',
};

export const GROUPS: readonly ConditionGroup[] = CONDITION_GROUPS;

export const GRADE_NAMES: readonly string[] = GRADES.map((g) => g.rsnaName);

/** The CSS colour of a grade (styles.css variables), by submission column index. */
export const GRADE_COLOURS: readonly string[] = ['var(--normal)', 'var(--moderate)', 'var(--severe)'];

/** "2026-03-01T09:00:05.000Z" → "2026-03-01 09:00" (local time). */
export function when(iso: string | null): string {
  if (!iso) return NONE;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
