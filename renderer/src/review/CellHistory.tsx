import type { EditEntry, SeriesInfo } from '../../../electron/common/contract';
import type { Location } from '../../../electron/common/vocabulary';
import { call } from '../api/spine';
import { useAsync } from '../common/useAsync';
import { formatEditAction, formatEditValue, formatTime } from './formatEdit';

interface Props {
  studyId: number;
  cell: Location;
  revision: number;
  /** The rows of the newest change, from the action's own answer: shown at once, before the history reloads. */
  latest: readonly EditEntry[];
  series: readonly SeriesInfo[];
  imported: string | null;
}

/** The audit of one cell, newest first: who, when, before → after, and what made the change. */
export function CellHistory({ studyId, cell, revision, latest, series, imported }: Props) {
  const history = useAsync<EditEntry[]>(
    () => call('labels:history', { studyId, condition: cell.condition, level: cell.level, limit: 200 }),
    `${studyId}:${cell.condition}:${cell.level}:${revision}`,
  );
  const loaded = history.value ?? [];
  const fresh = latest.filter((e) => e.condition === cell.condition && e.level === cell.level && !loaded.some((l) => l.id === e.id));
  const entries = [...fresh, ...loaded].sort((a, b) => b.id - a.id);
  return (
    <section className="cell-history" aria-label="Cell history">
      <h3>History</h3>
      {history.status === 'error' && <p role="alert">Could not load the history: {history.error.message}</p>}
      {history.status === 'loading' && entries.length === 0 && <p className="muted">Loading…</p>}
      <ol className="history-list" data-testid="cell-history">
        {entries.map((e) => (
          <li key={e.id} className={`history-entry source-${e.source}`}>
            <span className="history-what">
              {formatEditAction(e)}: {formatEditValue(e.before, series)} → {formatEditValue(e.after, series)}
            </span>
            <span className="history-who">
              {e.reader} · <time dateTime={e.at}>{formatTime(e.at)}</time>
            </span>
          </li>
        ))}
        <li className="history-entry source-import">
          <span className="history-what">imported: {imported ?? 'no label'}</span>
        </li>
      </ol>
    </section>
  );
}
