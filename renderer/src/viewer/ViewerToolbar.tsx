import type { OverlayDefaults, StudyDetail, StudyLabels } from '../../../electron/common/contract';
import { STATUS_LABELS } from '../worklist/statusLabels';

interface Props {
  study: StudyDetail;
  labels: StudyLabels | null;
  position: { index: number; total: number } | null;
  overlays: OverlayDefaults;
  onOverlays: (overlays: OverlayDefaults) => void;
  onClose: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onInReview: () => void;
  onReviewedNext: () => void;
  onRunAi: () => void;
  hasNext: boolean;
}

const OVERLAYS: { key: keyof OverlayDefaults; label: string; shortcut: string }[] = [
  { key: 'points', label: 'Points', shortcut: 'L' },
  { key: 'aiBoxes', label: 'AI', shortcut: 'A' },
  { key: 'referenceLines', label: 'Ref lines', shortcut: 'X' },
  { key: 'axialLevels', label: 'Axial levels', shortcut: 'V' },
];

/** The study bar: back, study and status, undo/redo, overlay toggles, review sign-off. */
export function ViewerToolbar({
  study,
  labels,
  position,
  overlays,
  onOverlays,
  onClose,
  onUndo,
  onRedo,
  onInReview,
  onReviewedNext,
  onRunAi,
  hasNext,
}: Props) {
  const status = labels?.status ?? study.status;
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label="Study">
      <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
        ← Worklist
      </button>
      <h2 className="study-title">
        Study <span className="study-key">{study.key}</span>
      </h2>
      <span className={`status status-${status}`} data-testid="study-status">
        {STATUS_LABELS[status]}
        {status === 'reviewed' && labels?.reviewedBy ? ` by ${labels.reviewedBy}` : ''}
      </span>
      {position && (
        <span className="muted">
          {position.index + 1} of {position.total}
        </span>
      )}
      {study.run && (
        <span className="muted ai-run">
          AI run {study.run.id}
          {study.run.provider ? ` · ${study.run.provider}` : ''}
        </span>
      )}
      <button type="button" onClick={onRunAi} title="Run the AI models on this study (progress and cancel in the job strip)">
        {study.run ? 'Run AI again' : 'Run AI'}
      </button>
      <span className="toolbar-gap" />
      <div className="overlay-toggles" role="group" aria-label="Overlays">
        {OVERLAYS.map((o) => (
          <button
            key={o.key}
            type="button"
            className="toggle"
            aria-pressed={overlays[o.key]}
            aria-keyshortcuts={o.shortcut}
            title={`${o.label} (${o.shortcut})`}
            onClick={() => onOverlays({ ...overlays, [o.key]: !overlays[o.key] })}
          >
            {o.label}
          </button>
        ))}
      </div>
      <button
        type="button"
        onClick={onUndo}
        disabled={!labels?.undo.undo}
        title={labels?.undo.undo ? `Undo ${labels.undo.undo} (Ctrl+Z)` : 'Nothing to undo'}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        onClick={onRedo}
        disabled={!labels?.undo.redo}
        title={labels?.undo.redo ? `Redo ${labels.undo.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo
      </button>
      <button type="button" onClick={onInReview} disabled={status === 'in_review'}>
        In review
      </button>
      <button type="button" className="primary" onClick={onReviewedNext} aria-keyshortcuts="N">
        {hasNext ? 'Reviewed, next' : 'Mark reviewed'} <kbd>N</kbd>
      </button>
    </div>
  );
}
