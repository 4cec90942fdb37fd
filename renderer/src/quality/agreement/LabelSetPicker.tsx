import { useState } from 'react';
import { asRunId, type LabelSetRef, type RunSummary } from '../../../../electron/common/contract';
import { call } from '../../api/spine';
import { runLabel } from '../runLabel';
import { ActionError } from '../StateViews';
import { chosenFolderPath, rememberFolder } from './chosenFolders';

type Kind = LabelSetRef['kind'];

const KIND_NAMES: Record<Kind, string> = {
  current: 'Current labels (with corrections)',
  imported: 'Imported originals',
  run: "An AI run's most likely grades",
  folder: "Another reader's folder (train.csv)",
};

interface Props {
  legend: string;
  value: LabelSetRef | null;
  onChange: (value: LabelSetRef | null) => void;
  runs: readonly RunSummary[];
}

/** One side of an agreement: which grade set, and for a run or a folder, which one. */
export function LabelSetPicker({ legend, value, onChange, runs }: Props) {
  const [kind, setKind] = useState<Kind>(value?.kind ?? 'current');
  const [error, setError] = useState<string | null>(null);
  const choose = (next: Kind): void => {
    setKind(next);
    setError(null);
    if (next === 'current' || next === 'imported') onChange({ kind: next });
    else if (next === 'run') onChange(runs[0] ? { kind: 'run', runId: runs[0].id } : null);
    else onChange(null);
  };
  const pickFolder = async (): Promise<void> => {
    setError(null);
    try {
      const chosen = await call('dialog:chooseFolder', { purpose: 'reader-labels' });
      if (chosen) onChange({ kind: 'folder', folder: rememberFolder(chosen) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <fieldset className="label-set">
      <legend>{legend}</legend>
      <select aria-label={`${legend}: grade set`} value={kind} onChange={(e) => choose(e.target.value as Kind)}>
        {(Object.keys(KIND_NAMES) as Kind[]).map((k) => (
          <option key={k} value={k} disabled={k === 'run' && runs.length === 0}>
            {KIND_NAMES[k]}
          </option>
        ))}
      </select>
      {kind === 'run' && (
        <select
          aria-label={`${legend}: run`}
          value={value?.kind === 'run' ? value.runId : ''}
          onChange={(e) => onChange({ kind: 'run', runId: asRunId(Number(e.target.value)) })}
        >
          {runs.map((r) => (
            <option key={r.id} value={r.id}>
              {runLabel(r)}
            </option>
          ))}
        </select>
      )}
      {kind === 'folder' && (
        <div className="folder-choice">
          <button type="button" onClick={() => void pickFolder()}>
            Choose folder…
          </button>
          <span
            className={value?.kind === 'folder' ? 'path' : 'muted'}
            title={value?.kind === 'folder' ? chosenFolderPath(value.folder) : undefined}
          >
            {value?.kind === 'folder' ? chosenFolderPath(value.folder) : 'No folder chosen'}
          </span>
        </div>
      )}
      <ActionError message={error} />
    </fieldset>
  );
}
