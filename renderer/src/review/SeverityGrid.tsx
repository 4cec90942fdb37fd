import { useEffect, useRef } from 'react';
import { CONDITIONS, gradeInfo, LEVELS, type Location } from '../../../electron/common/vocabulary';
import type { CellSummary } from './cellSummary';

interface Props {
  cells: ReadonlyMap<string, CellSummary>;
  selected: Location;
  onSelect: (cell: Location) => void;
}

const key = (c: Location): string => `${c.condition}:${c.level}`;

function cellLabel(name: string, s: CellSummary): string {
  const parts = [name, s.grade ? gradeInfo(s.grade).rsnaName : 'not graded'];
  if (s.edited) parts.push(`changed from ${s.importedGrade ? gradeInfo(s.importedGrade).rsnaName : 'empty'}`);
  parts.push(s.point ? 'has a point' : 'no point');
  if (s.ai && s.aiGrade)
    parts.push(`AI ${gradeInfo(s.aiGrade).rsnaName} ${Math.round(s.ai.probabilities[gradeInfo(s.aiGrade).index] * 100)}%`);
  if (s.disagrees) parts.push('AI disagrees');
  if (s.problems.length > 0) parts.push(`${s.problems.length} label problem${s.problems.length > 1 ? 's' : ''}`);
  return parts.join(', ');
}

/**
 * The 5 × 5 severity grid (conditions × levels). Each cell shows the label grade, the AI's three
 * probabilities as a bar, a marker where they disagree, and whether the location has a point.
 * One cell is selected; arrow keys move the selection (and focus, while the grid has it).
 */
export function SeverityGrid({ cells, selected, onSelect }: Props) {
  const gridRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid?.contains(document.activeElement)) return;
    grid.querySelector<HTMLElement>(`[data-cell="${key(selected)}"]`)?.focus();
  }, [selected]);

  return (
    <div className="severity">
      <div
        ref={gridRef}
        role="grid"
        aria-label="Severity grid: conditions by level"
        className="severity-grid"
        aria-rowcount={CONDITIONS.length + 1}
        aria-colcount={LEVELS.length + 1}
      >
        <div role="row" className="grid-row grid-head">
          <span role="columnheader" className="grid-corner">
            <span className="visually-hidden">Condition</span>
          </span>
          {LEVELS.map((level) => (
            <span key={level.id} role="columnheader" className="grid-level">
              {level.rsnaName}
            </span>
          ))}
        </div>
        {CONDITIONS.map((condition) => (
          <div key={condition.id} role="row" className="grid-row">
            <span role="rowheader" className={`grid-condition cond-${condition.id}`} title={condition.rsnaName}>
              {condition.short}
            </span>
            {LEVELS.map((level) => {
              const cell = { condition: condition.id, level: level.id };
              const s = cells.get(key(cell));
              if (!s) return <span key={level.id} role="gridcell" />;
              const isSelected = selected.condition === cell.condition && selected.level === cell.level;
              return (
                <div
                  key={level.id}
                  role="gridcell"
                  data-cell={key(cell)}
                  aria-selected={isSelected}
                  aria-label={cellLabel(`${condition.rsnaName} ${level.rsnaName}`, s)}
                  tabIndex={isSelected ? 0 : -1}
                  className={`grid-cell${isSelected ? ' selected' : ''}${s.disagrees ? ' disagrees' : ''}`}
                  onClick={() => onSelect(cell)}
                  onFocus={() => {
                    if (!isSelected) onSelect(cell);
                  }}
                >
                  <span className={`cell-grade${s.grade ? ` grade-${s.grade}` : ' ungraded'}`}>
                    {s.grade ? gradeInfo(s.grade).short : '–'}
                    {s.edited ? <span className="cell-edited">*</span> : null}
                  </span>
                  <span className={`cell-point${s.point ? ' has-point' : ''}`}>{s.point ? '●' : '○'}</span>
                  {s.disagrees && <span className="cell-disagree">≠</span>}
                  {s.problems.length > 0 && <span className="cell-problem">!</span>}
                  {s.ai ? (
                    <span className="cell-ai" aria-hidden="true">
                      <span className="ai-bar">
                        <span className="ai-n" style={{ flexGrow: s.ai.probabilities[0] }} />
                        <span className="ai-m" style={{ flexGrow: s.ai.probabilities[1] }} />
                        <span className="ai-s" style={{ flexGrow: s.ai.probabilities[2] }} />
                      </span>
                    </span>
                  ) : (
                    <span className="cell-ai cell-ai-none" aria-hidden="true" />
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <p className="grid-legend" aria-hidden="true">
        <span>● point</span>
        <span>○ no point</span>
        <span>* changed</span>
        <span className="legend-disagree">≠ AI disagrees</span>
        <span className="legend-problem">! check fails</span>
        <span className="legend-bar">AI N·Mo·S</span>
      </p>
    </div>
  );
}
