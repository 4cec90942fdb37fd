import type { EditEntry, SeriesInfo } from '../../../electron/common/contract';
import { conditionInfo, GRADES, gradeInfo, levelInfo, seriesRoleInfo, type Location } from '../../../electron/common/vocabulary';
import type { CellSummary } from './cellSummary';
import { CellHistory } from './CellHistory';
import type { ReviewActions } from './useReview';

interface Props {
  studyId: number;
  cell: Location;
  summary: CellSummary;
  /** Blinded first read: the AI is hidden, not missing. */
  aiHidden: boolean;
  series: readonly SeriesInfo[];
  revision: number;
  latest: readonly EditEntry[];
  placing: boolean;
  onPlace: () => void;
  actions: ReviewActions;
}

/** The selected cell: its grade buttons, AI suggestion, point, problems and history. */
export function CellPanel({ studyId, cell, summary, aiHidden, series, revision, latest, placing, onPlace, actions }: Props) {
  const condition = conditionInfo(cell.condition);
  const level = levelInfo(cell.level);
  const pointSeries = summary.point ? series.find((s) => s.id === summary.point?.seriesId) : undefined;
  return (
    <section className="cell-panel" aria-label={`Selected cell: ${condition.rsnaName} ${level.rsnaName}`}>
      <h2 className="cell-title">
        <span className={`cond-dot cond-${cell.condition}`} aria-hidden="true" />
        {condition.rsnaName} <span className="cell-level">{level.rsnaName}</span>
      </h2>
      <div className="grade-buttons" role="group" aria-label="Grade">
        {GRADES.map((g, i) => (
          <button
            key={g.id}
            type="button"
            className={`grade-button grade-${g.id}`}
            aria-pressed={summary.grade === g.id}
            onClick={() => actions.setGrade(cell.condition, cell.level, g.id)}
            aria-keyshortcuts={String(i + 1)}
          >
            <kbd>{i + 1}</kbd> {g.rsnaName}
          </button>
        ))}
        <button
          type="button"
          className="grade-button"
          aria-pressed={summary.grade === null}
          onClick={() => actions.setGrade(cell.condition, cell.level, null)}
          aria-keyshortcuts="0"
        >
          <kbd>0</kbd> None
        </button>
      </div>
      <dl className="cell-facts">
        <dt>Label</dt>
        <dd>
          {summary.grade ? <span className={`grade grade-${summary.grade}`}>{gradeInfo(summary.grade).rsnaName}</span> : 'not graded'}
          {summary.edited && (
            <span className="muted"> (imported: {summary.importedGrade ? gradeInfo(summary.importedGrade).rsnaName : 'none'})</span>
          )}
        </dd>
        <dt>AI</dt>
        <dd>
          {summary.ai ? (
            <>
              {GRADES.map((g) => (
                <span key={g.id} className={`ai-prob grade-${g.id}${summary.aiGrade === g.id ? ' ai-top' : ''}`}>
                  {g.short} {(summary.ai?.probabilities[g.index] ?? 0).toFixed(2)}
                </span>
              ))}
              {summary.disagrees && <span className="disagree-note">disagrees</span>}
            </>
          ) : (
            <span className="muted">{aiHidden ? 'hidden until you commit your first read' : 'no AI run'}</span>
          )}
        </dd>
        <dt>Point</dt>
        <dd data-testid="cell-point">
          {summary.point ? (
            `${pointSeries?.role ? seriesRoleInfo(pointSeries.role).rsnaName : `series ${summary.point.seriesKey}`}, image ${summary.point.instanceNumber}, (${summary.point.x.toFixed(1)}, ${summary.point.y.toFixed(1)})`
          ) : (
            <span className="muted">none</span>
          )}
        </dd>
      </dl>
      <div className="cell-actions">
        <button type="button" onClick={() => actions.acceptAi(cell.condition, cell.level)} disabled={!summary.ai} aria-keyshortcuts="Enter">
          Accept AI <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={onPlace} aria-pressed={placing} aria-keyshortcuts="P">
          {summary.point ? 'Re-place point' : 'Place point'} <kbd>P</kbd>
        </button>
        <button
          type="button"
          onClick={() => summary.point && actions.deletePoint(summary.point.id)}
          disabled={!summary.point}
          aria-keyshortcuts="Delete"
        >
          Delete point <kbd>Del</kbd>
        </button>
      </div>
      {placing && (
        <p className="place-hint" role="status">
          Click the image where the {condition.short} {level.rsnaName} point belongs (Esc cancels).
        </p>
      )}
      {summary.problems.length > 0 && (
        <ul className="cell-problems" aria-label="Problems of this cell">
          {summary.problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      <CellHistory
        studyId={studyId}
        cell={cell}
        revision={revision}
        latest={latest}
        series={series}
        imported={summary.importedGrade ? gradeInfo(summary.importedGrade).rsnaName : null}
      />
    </section>
  );
}
