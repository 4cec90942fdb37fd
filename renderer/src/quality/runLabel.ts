import type { RunSummary } from '../../../electron/common/contract';
import { plural, when } from './format';

/** The versions a run used, e.g. "yolov8n-spinal-320-v3 …" shortened to their distinct versions: "v3, roundtrip". */
export function runVersions(run: RunSummary): string {
  const versions = [...new Set(run.models.map((m) => m.version))];
  return versions.length === 0 ? 'no models' : versions.join(', ');
}

/** How a run reads in a picker: "#12 · 2026-03-01 09:00 · v3 · 5 studies" (and its state when not done). */
export function runLabel(run: RunSummary): string {
  const state = run.status === 'done' ? '' : ` · ${run.status}`;
  return `#${run.id} · ${when(run.createdAt)} · ${runVersions(run)} · ${plural(run.studies, 'study', 'studies')}${state}`;
}

export function runStrategy(run: RunSummary): string {
  const strategy = run.options['strategy'];
  return typeof strategy === 'string' ? strategy : 'unknown';
}
