import type { EditEntry, SeriesInfo } from '../../../electron/common/contract';
import { gradeInfo, isGradeId, seriesRoleInfo } from '../../../electron/common/vocabulary';
import { STATUS_LABELS } from '../worklist/statusLabels';

const ACTIONS: Record<string, string> = {
  set_grade: 'grade',
  move_point: 'moved point',
  add_point: 'placed point',
  delete_point: 'deleted point',
  restore_point: 'restored point',
  set_status: 'status',
};

const SOURCES: Record<string, string> = { reader: '', ai: 'accepted AI', undo: 'undo', redo: 'redo' };

/** An audit value as a reader reads it: a grade name, a point's series/slice/position, a status. */
export function formatEditValue(value: unknown, series: readonly SeriesInfo[]): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') {
    if (isGradeId(value)) return gradeInfo(value).rsnaName;
    if (value in STATUS_LABELS) return STATUS_LABELS[value as keyof typeof STATUS_LABELS];
    return value;
  }
  const p = value as { seriesId?: number; instanceNumber?: number; x?: number; y?: number };
  if (typeof p.seriesId === 'number' && typeof p.x === 'number' && typeof p.y === 'number') {
    const s = series.find((candidate) => candidate.id === p.seriesId);
    const where = s?.role ? seriesRoleInfo(s.role).short : `series ${s?.key ?? p.seriesId}`;
    return `${where} im ${p.instanceNumber ?? '?'} (${p.x.toFixed(1)}, ${p.y.toFixed(1)})`;
  }
  return JSON.stringify(value);
}

export function formatEditAction(entry: EditEntry): string {
  const action = ACTIONS[entry.action] ?? entry.action.replace(/_/g, ' ');
  const source = SOURCES[entry.source] ?? entry.source;
  return source ? `${action} (${source})` : action;
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString()} ${d.toLocaleTimeString()}`;
}
