import type { StudySummary } from '../../../electron/common/contract';
import { gradeInfo } from '../../../electron/common/vocabulary';
import { SeriesBadges } from './SeriesBadges';
import { STATUS_LABELS } from './statusLabels';

interface Props {
  study: StudySummary;
  index: number;
  selected: boolean;
  onOpen: (study: StudySummary) => void;
  onSelect: (index: number) => void;
  style: React.CSSProperties;
}

export function WorklistRow({ study, index, selected, onOpen, onSelect, style }: Props) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      className={`worklist-row${selected ? ' selected' : ''}`}
      style={style}
      data-study-key={study.key}
      onClick={() => onSelect(index)}
      onDoubleClick={() => onOpen(study)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen(study);
      }}
    >
      <span role="gridcell" className="cell-key">
        {study.key}
      </span>
      <span role="gridcell">
        {study.instances === 0 ? (
          <span className="badge badge-missing" title="Labels only: no images indexed">
            no images
          </span>
        ) : (
          <SeriesBadges series={study.seriesByRole} />
        )}
      </span>
      <span role="gridcell">
        <span className={`status status-${study.status}`}>{STATUS_LABELS[study.status]}</span>
      </span>
      <span role="gridcell" className="num">
        {study.labelledCells}/25
      </span>
      <span role="gridcell" className="num">
        {study.points}
      </span>
      {study.disagreements === null ? (
        <span role="gridcell" className="num muted" title="Hidden until your blinded first read of this study">
          hidden
        </span>
      ) : (
        <span
          role="gridcell"
          className={`num${study.disagreements > 0 ? ' warn' : ''}`}
          title={
            study.disagreements > 0 && study.disagreementLoss !== null
              ? `Cost under the competition metric: ${study.disagreementLoss.toFixed(2)}`
              : undefined
          }
        >
          {study.disagreements > 0 ? study.disagreements : '–'}
        </span>
      )}
      <span role="gridcell">
        {study.worstGrade ? <span className={`grade grade-${study.worstGrade}`}>{gradeInfo(study.worstGrade).rsnaName}</span> : '–'}
      </span>
      <span
        role="gridcell"
        className={`num${study.labelProblems > 0 ? ' bad' : ''}`}
        title={study.labelProblems > 0 ? `${study.labelProblems} label sanity-check failures` : 'All label checks pass'}
      >
        {study.labelProblems > 0 ? study.labelProblems : '✓'}
      </span>
      <span role="gridcell">{study.lastReader ?? '–'}</span>
      <span role="gridcell" className="muted">
        {study.updatedAt ? new Date(study.updatedAt).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' }) : '–'}
      </span>
    </div>
  );
}
