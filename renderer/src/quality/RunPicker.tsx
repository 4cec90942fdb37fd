import type { RunSummary } from '../../../electron/common/contract';
import { runLabel } from './runLabel';

interface Props {
  label: string;
  runs: readonly RunSummary[];
  value: number | null;
  onChange: (runId: number) => void;
  id?: string;
}

/** A labelled select of the stored runs, newest first. */
export function RunPicker({ label, runs, value, onChange, id }: Props) {
  return (
    <label className="field inline-field">
      <span>{label}</span>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {value === null && <option value="">Choose a run…</option>}
        {runs.map((r) => (
          <option key={r.id} value={r.id}>
            {runLabel(r)}
          </option>
        ))}
      </select>
    </label>
  );
}
