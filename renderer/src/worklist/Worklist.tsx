import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { StudyListQuery, StudySummary } from '../../../electron/common/contract';
import { WorklistFilters } from './WorklistFilters';
import { WORKLIST_COLUMNS, WORKLIST_GRID_TEMPLATE } from './worklistColumns';
import { WorklistRow } from './WorklistRow';
import { useStudies } from './useStudies';

const ROW_HEIGHT = 34;

interface Props {
  onOpen: (study: StudySummary, list: readonly StudySummary[]) => void;
  emptyActions: React.ReactNode;
  /** Hidden (kept mounted, so filters, sort and scroll survive) while a study is open. */
  hidden: boolean;
  /** Blinded first read on: no filtering or sorting by AI disagreement (main refuses both). */
  blinded: boolean;
  /** Bumped when the app returns from a study: statuses and counts may have changed. */
  revision: number;
  /** The studies listed now, and whether a filter or search narrows them (Run AI offers "the worklist as filtered"). */
  onListChange?: (list: readonly StudySummary[], filtered: boolean) => void;
}

/**
 * Every study of the workspace, virtualised (only the visible rows are in the DOM, so 2,000
 * studies scroll as smoothly as 20), sortable by column, filterable, keyboard-navigable.
 */
export function Worklist({ onOpen, emptyActions, hidden, blinded, revision, onListChange }: Props) {
  const [chosenQuery, setQuery] = useState<StudyListQuery>({});
  const query = blinded ? withoutAiDisagreement(chosenQuery) : chosenQuery;
  const [selected, setSelected] = useState(0);
  const studies = useStudies(query, revision);
  const list = studies.value ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const current = Math.min(selected, Math.max(0, list.length - 1));

  useEffect(() => {
    if (hidden) return;
    const onKey = (event: KeyboardEvent): void => {
      if (
        event.key !== '/' ||
        document.querySelector('dialog[open]') ||
        (event.target instanceof HTMLElement && ['INPUT', 'SELECT', 'TEXTAREA'].includes(event.target.tagName))
      )
        return;
      event.preventDefault();
      document.querySelector<HTMLInputElement>('.worklist-filters .search')?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hidden]);

  useEffect(() => {
    // User Timing mark for bench/viewer.bench.ts: the worklist's rows are in the DOM.
    if (studies.status === 'ready') performance.mark('spine:worklist-rendered', { detail: { rows: list.length } });
  }, [studies.status, list.length]);

  const move = (delta: number): void => {
    const next = Math.max(0, Math.min(list.length - 1, current + delta));
    setSelected(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[aria-rowindex="${next + 2}"]`)?.focus());
  };

  const sortBy = (by: NonNullable<StudyListQuery['sort']>['by']): void => {
    const direction = query.sort?.by === by && query.sort.direction === 'asc' ? 'desc' : 'asc';
    setQuery({ ...query, sort: { by, direction } });
  };

  const filtered = isFiltered(query);
  const listed = studies.value;
  useEffect(() => {
    if (listed) onListChange?.(listed, filtered);
  }, [listed, filtered, onListChange]);

  return (
    <section className="worklist" aria-label="Worklist" hidden={hidden}>
      <WorklistFilters query={query} onChange={setQuery} count={studies.value ? list.length : null} blinded={blinded} />
      {studies.status === 'error' && (
        <div role="alert" className="error-banner">
          Could not load the worklist: {studies.error.message}
        </div>
      )}
      <div
        role="grid"
        aria-label="Studies"
        aria-rowcount={list.length + 1}
        className="worklist-grid"
        onKeyDown={(e) => {
          const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
          const steps: Record<string, number> = {
            ArrowDown: 1,
            ArrowUp: -1,
            PageDown: page,
            PageUp: -page,
            Home: -list.length,
            End: list.length,
          };
          const step = steps[e.key];
          if (step !== undefined) {
            e.preventDefault();
            move(step);
          }
        }}
      >
        <div role="row" aria-rowindex={1} className="worklist-header" style={{ gridTemplateColumns: WORKLIST_GRID_TEMPLATE }}>
          {WORKLIST_COLUMNS.map((column) => {
            const sort = blinded && column.sort === 'disagreements' ? undefined : column.sort;
            const active = sort !== undefined && query.sort?.by === sort;
            return (
              <span
                key={column.id}
                role="columnheader"
                aria-sort={active ? (query.sort?.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                {sort ? (
                  <button type="button" className="sort-button" onClick={() => sortBy(sort)} title={column.sortNote}>
                    {column.title}
                    {active ? (query.sort?.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                ) : (
                  column.title
                )}
              </span>
            );
          })}
        </div>
        <div ref={scrollRef} className="worklist-body" data-testid="worklist-body">
          {studies.status === 'loading' && list.length === 0 && <div className="placeholder">Loading studies…</div>}
          {studies.status === 'ready' && list.length === 0 && (
            <div className="placeholder empty-state">
              {filtered ? (
                <p>No study matches these filters.</p>
              ) : (
                <>
                  <p>No studies yet. Index a folder of DICOM studies or import RSNA label files to begin.</p>
                  <div className="empty-actions">{emptyActions}</div>
                </>
              )}
            </div>
          )}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const study = list[item.index];
              if (!study) return null;
              return (
                <WorklistRow
                  key={study.id}
                  study={study}
                  index={item.index}
                  selected={item.index === current}
                  onOpen={(s) => onOpen(s, list)}
                  onSelect={setSelected}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                    gridTemplateColumns: WORKLIST_GRID_TEMPLATE,
                  }}
                />
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}

/** A filter or search narrows the list (sorting does not; an empty status set is no filter). */
function isFiltered(query: StudyListQuery): boolean {
  return Object.entries(query).some(
    ([key, value]) => key !== 'sort' && value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
}

/** The query without what a blinded first read may not use: the disagreement filter and order. */
function withoutAiDisagreement(query: StudyListQuery): StudyListQuery {
  const { disagreement: _filter, sort, ...rest } = query;
  return sort && sort.by !== 'disagreements' ? { ...rest, sort } : rest;
}
