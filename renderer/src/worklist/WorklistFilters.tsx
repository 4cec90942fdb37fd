import { STUDY_STATUSES, type StudyListQuery, type StudyStatus } from '../../../electron/common/contract';
import { STATUS_LABELS } from './statusLabels';

interface Props {
  query: StudyListQuery;
  onChange: (query: StudyListQuery) => void;
  count: number | null;
  /** Blinded first read on: no "AI disagrees" filter. */
  blinded: boolean;
}

export function WorklistFilters({ query, onChange, count, blinded }: Props) {
  const statuses = new Set<StudyStatus>(query.status ?? []);
  const toggleStatus = (status: StudyStatus): void => {
    const next = new Set(statuses);
    if (next.has(status)) next.delete(status);
    else next.add(status);
    onChange({ ...query, status: [...next] });
  };
  const flag = (name: 'disagreement' | 'severe' | 'missingSeries' | 'labelProblems', label: string) => (
    <label className="chip-toggle">
      <input type="checkbox" checked={query[name] === true} onChange={(e) => onChange({ ...query, [name]: e.target.checked || undefined })} />
      {label}
    </label>
  );
  return (
    <div className="worklist-filters" role="search">
      <input
        type="search"
        className="search"
        aria-label="Search studies by id"
        placeholder="Search study id…"
        value={query.search ?? ''}
        onChange={(e) => onChange({ ...query, search: e.target.value || undefined })}
      />
      <div className="status-filter" role="group" aria-label="Filter by status">
        {STUDY_STATUSES.map((status) => (
          <button key={status} type="button" className={`chip status-${status}`} aria-pressed={statuses.has(status)} onClick={() => toggleStatus(status)}>
            {STATUS_LABELS[status]}
          </button>
        ))}
      </div>
      {!blinded && flag('disagreement', 'AI disagrees')}
      {flag('severe', 'Any severe')}
      {flag('missingSeries', 'Missing series')}
      {flag('labelProblems', 'Label problems')}
      <span className="count" aria-live="polite">
        {count === null ? '' : `${count} ${count === 1 ? 'study' : 'studies'}`}
      </span>
    </div>
  );
}
