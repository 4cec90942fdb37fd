import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ComparedCell } from '../../../../electron/common/contract';
import { conditionInfo, gradeInfo, levelInfo } from '../../../../electron/common/vocabulary';
import { ProbabilityBar } from './ProbabilityBar';

const ROW_HEIGHT = 30;
const TEMPLATE = '100px 76px 56px 100px minmax(250px, 1fr) minmax(250px, 1fr) 80px';

interface Props {
  rows: readonly ComparedCell[];
  firstName: string;
  secondName: string;
}

/** Cell by cell, both runs side by side with the label; rows where the runs' grades differ are marked. Virtualised: a whole dataset scrolls. */
export function ComparisonTable({ rows, firstName, secondName }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  return (
    <div role="table" aria-label="Cells of the two runs" aria-rowcount={rows.length + 1} className="compare-table">
      <div role="row" aria-rowindex={1} className="compare-row compare-header" style={{ gridTemplateColumns: TEMPLATE }}>
        {['Study', 'Condition', 'Level', 'Label', firstName, secondName, 'Max |Δp|'].map((title, i) => (
          <span key={title} role="columnheader" className={i === 6 ? 'num' : undefined}>
            {title}
          </span>
        ))}
      </div>
      <div ref={scrollRef} role="rowgroup" className="compare-body" tabIndex={0} aria-label="Compared cells (scroll with the arrow keys)">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const c = rows[item.index];
            if (!c) return null;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={`compare-row${c.differs ? ' differs' : ''}`}
                data-cell={`${c.studyKey}:${c.condition}:${c.level}`}
                style={{
                  gridTemplateColumns: TEMPLATE,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <span role="cell" className="cell-key">
                  {c.studyKey}
                </span>
                <span role="cell">{conditionInfo(c.condition).short}</span>
                <span role="cell">{levelInfo(c.level).rsnaName}</span>
                <span role="cell">
                  {c.label ? (
                    <span className={`grade grade-${c.label}`}>{gradeInfo(c.label).rsnaName}</span>
                  ) : (
                    <span className="muted">not graded</span>
                  )}
                </span>
                <span role="cell">
                  <ProbabilityBar answer={c.first} />
                </span>
                <span role="cell">
                  <ProbabilityBar answer={c.second} />
                </span>
                <span role="cell" className="num">
                  {c.differs && (
                    <span className="differs-mark" title="The runs' most likely grades differ">
                      <span aria-hidden="true">≠ </span>
                      <span className="visually-hidden">grades differ, </span>
                    </span>
                  )}
                  {c.maxAbsDifference === null ? '–' : c.maxAbsDifference.toFixed(2)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
