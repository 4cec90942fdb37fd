import { STUDY_STATUSES, type StudyListQuery, type StudyStatus } from '../../../electron/common/contract';
import { STATUS_LABELS } from './statusLabels';

interface Props {
  query: StudyListQuery;
  onChange: (query: StudyListQuery) => void;
  count: number | null;
  /** Blinded first read on: no "AI disagrees" filter. */
  blinded: boolean;
}

/** QA sample sizes offered for "the rest" (product.md P1 worklists). */
const SAMPLE_PERCENTAGES = [5, 10, 20, 50, 100] as const;

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
      <input
        type="checkbox"
        checked={query[name] === true}
        onChange={(e) => onChange({ ...query, [name]: e.target.checked || undefined })}
      />
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
          <button
            key={status}
            type="button"
            className={`chip status-${status}`}
            aria-pressed={statuses.has(status)}
            onClick={() => toggleStatus(status)}
          >
            {STATUS_LABELS[status]}
          </button>
        ))}
      </div>
      {!blinded && flag('disagreement', 'AI disagrees')}
      {flag('severe', 'Any severe')}
      {flag('missingSeries', 'Missing series')}
      {flag('labelProblems', 'Label problems')}
      <span
        className="chip-toggle"
        title="The studies no other filter picks (no AI disagreement, nothing Severe, no label problem): a stable sample, the same for every reader"
      >
        {/* The label beside the select, not around it: wrapped, the options would join the select's name. */}
        <label htmlFor="sample-of-rest">Sample of the rest</label>
        <select
          id="sample-of-rest"
          value={query.sampleOfRest ?? ''}
          onChange={(e) => onChange({ ...query, sampleOfRest: e.target.value === '' ? undefined : Number(e.target.value) })}
        >
          <option value="">off</option>
          {SAMPLE_PERCENTAGES.map((p) => (
            <option key={p} value={p}>
              {p} %
            </option>
          ))}
        </select>
      </span>
      <span className="count" aria-live="polite">
        {count === null ? '' : `${count} ${count === 1 ? 'study' : 'studies'}`}
      </span>
    </div>
  );
}
