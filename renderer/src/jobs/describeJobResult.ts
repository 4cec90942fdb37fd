import type { JobInfo } from '../../../electron/common/contract';

/** "instancesAdded" → "instances added". */
function humanize(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * One summary figure as a reader wants it: sizes in MiB, durations in seconds with one decimal,
 * the unit taken from the key's suffix (the engine jobs name them `…Bytes`, `…Seconds`, `…Ms`).
 */
function describeFigure(key: string, value: number | boolean): string {
  if (typeof value === 'boolean') return `${humanize(key)} ${value ? 'yes' : 'no'}`;
  const unit = /(Bytes|Seconds|Ms)$/.exec(key)?.[1];
  const name = humanize(unit ? key.slice(0, -unit.length) : key);
  if (unit === 'Bytes') return `${name} ${(value / 2 ** 20).toFixed(0)} MiB`;
  if (unit === 'Seconds') return `${name} ${value.toFixed(1)} s`;
  if (unit === 'Ms') return `${name} ${value.toFixed(0)} ms`;
  return `${name} ${Number.isInteger(value) ? String(value) : value.toFixed(3)}`;
}

/** A finished job's outcome in one line: its error, "cancelled", or its summary's figures. */
export function describeJobResult(job: Pick<JobInfo, 'state' | 'error' | 'result'>): string {
  if (job.state === 'failed') return job.error ?? 'failed';
  if (job.state === 'cancelled') return 'cancelled';
  if (job.result && typeof job.result === 'object') {
    const figures = Object.entries(job.result as Record<string, unknown>).filter(
      (entry): entry is [string, number | boolean] => typeof entry[1] === 'number' || typeof entry[1] === 'boolean',
    );
    if (figures.length > 0) return figures.map(([key, value]) => describeFigure(key, value)).join(' · ');
  }
  return 'done';
}
