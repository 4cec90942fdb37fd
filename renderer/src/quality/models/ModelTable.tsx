import type { ModelDiagnosis, ModelListEntry } from '../../../../electron/common/contract';
import { conditionName, keyMetrics, kindName } from './modelNames';

interface Props {
  models: readonly ModelListEntry[];
  selected: string | null;
  onSelect: (id: string) => void;
  /** How the engine opened each model, once it has been asked (refused ones are marked in the table too). */
  diagnoses: ReadonlyMap<string, ModelDiagnosis>;
}

/** The model folder's models; the ones a run uses when none are chosen are marked "default". */
export function ModelTable({ models, selected, onSelect, diagnoses }: Props) {
  return (
    <div className="table-scroll">
    <table className="data-table model-table">
      <caption className="visually-hidden">Models of the model folder</caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Kind</th>
          <th scope="col">Condition</th>
          <th scope="col">Version</th>
          <th scope="col">Used</th>
          <th scope="col">Key metrics</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {models.map((m) => (
          <tr key={m.id} className={m.id === selected ? 'selected' : undefined} data-model={m.id}>
            <th scope="row">
              <button type="button" className="link-button model-id" aria-pressed={m.id === selected} onClick={() => onSelect(m.id)}>
                {m.id}
              </button>
            </th>
            <td>{kindName(m.kind)}</td>
            <td className="nowrap">{conditionName(m.condition)}</td>
            <td className="nowrap">{m.version}</td>
            <td className="nowrap">
              {m.isDefault ? <span className="badge badge-present">default</span> : <span className="muted">by choice</span>}
              {diagnoses.get(m.id)?.status === 'refused' && (
                <span className="badge badge-refused" title={diagnoses.get(m.id)?.reasons.join('\n')}>
                  refused
                </span>
              )}
            </td>
            <td className="metrics-cell">{keyMetrics(m).join(' · ') || <span className="muted">–</span>}</td>
            <td className="source-cell" title={m.source}>
              {m.source}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
