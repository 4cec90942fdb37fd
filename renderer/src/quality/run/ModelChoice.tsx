import type { ModelListEntry } from '../../../../electron/common/contract';
import { GROUP_NAMES } from '../format';
import { kindName } from '../models/modelNames';
import { slotKey, type ModelSlot } from './modelSlots';

interface Props {
  slots: readonly ModelSlot[];
  choices: ReadonlyMap<string, string>;
  onChoose: (slot: ModelSlot, id: string) => void;
}

function optionLabel(m: ModelListEntry): string {
  return `${m.version} — ${m.id}${m.isDefault ? ' (default)' : ''}`;
}

/** Which version of each of the six models (detector and grader per condition group) the run uses. */
export function ModelChoice({ slots, choices, onChoose }: Props) {
  return (
    <table className="data-table model-choice">
      <caption className="visually-hidden">Model version per condition group</caption>
      <thead>
        <tr>
          <th scope="col">Condition</th>
          <th scope="col">Detector</th>
          <th scope="col">Grader</th>
        </tr>
      </thead>
      <tbody>
        {(['spinal', 'foraminal', 'subarticular'] as const).map((condition) => (
          <tr key={condition}>
            <th scope="row">{GROUP_NAMES[condition]}</th>
            {slots
              .filter((s) => s.condition === condition)
              .map((slot) => (
                <td key={slot.kind}>
                  {slot.models.length === 0 ? (
                    <span className="muted">none: class priors answer</span>
                  ) : (
                    <select
                      aria-label={`${kindName(slot.kind)} for ${GROUP_NAMES[condition]}`}
                      className={(choices.get(slotKey(slot)) ?? slot.defaultId) !== slot.defaultId ? 'changed' : undefined}
                      value={choices.get(slotKey(slot)) ?? slot.defaultId ?? ''}
                      onChange={(e) => onChoose(slot, e.target.value)}
                    >
                      {slot.models.map((m) => (
                        <option key={m.id} value={m.id}>
                          {optionLabel(m)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
