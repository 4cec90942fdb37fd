import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { OverlayDefaults, PointPlacement, Settings, StudyDetail } from '../../../electron/common/contract';
import { locationKey, LOCATIONS, type Location } from '../../../electron/common/vocabulary';
import { call, subscribe } from '../api/spine';
import { useAsync } from '../common/useAsync';
import { CellPanel } from '../review/CellPanel';
import { FirstReadPanel } from '../review/FirstReadPanel';
import { summariseCell, type CellSummary } from '../review/cellSummary';
import { LevelShift } from '../review/LevelShift';
import { ProblemList } from '../review/ProblemList';
import { SeverityGrid } from '../review/SeverityGrid';
import { useReview, type ReviewState } from '../review/useReview';
import { ViewerEngine } from './engine/ViewerEngine';
import { VIEW_SLOTS } from './engine/viewSlots';
import { ViewerToolbar } from './ViewerToolbar';
import { ViewportView } from './ViewportView';
import { useReviewShortcuts } from './useReviewShortcuts';

interface Props {
  studyId: number;
  settings: Settings;
  /** Where the study sits in the worklist it was opened from. */
  position: { index: number; total: number } | null;
  onClose: () => void;
  onNext: (() => void) | null;
  /** The cell to select and jump to once the labels are in (opened from the Quality screen). */
  initialCell?: Location;
}

const FIRST_CELL: Location = { condition: 'spinal', level: 'l1_l2' };
const NO_PREDICTIONS: StudyDetail['predictions'] = [];
const NO_DETECTIONS: StudyDetail['detections'] = [];

/** A study under review: the three views, the severity grid and the selected cell, one screen. */
export function ViewerScreen({ studyId, settings, position, onClose, onNext, initialCell }: Props) {
  const study = useAsync(() => call('studies:get', { studyId }), String(studyId));
  // Asked for at the same time as the study, not after it.
  const review = useReview(studyId);
  const { reload } = study;
  const { refresh } = review;
  // A job changed the workspace (an AI run, an import): the study's AI output and status are read again.
  useEffect(
    () =>
      subscribe('workspace:changed', () => {
        reload();
        refresh();
      }),
    [reload, refresh],
  );
  return (
    <section className="viewer-screen" aria-label="Study viewer">
      {study.status === 'error' && (
        <div className="viewer-message" role="alert">
          <p>Could not open the study: {study.error.message}</p>
          <button type="button" onClick={onClose}>
            Back to the worklist
          </button>
        </div>
      )}
      {study.status === 'loading' && !study.value && <p className="viewer-message">Opening study…</p>}
      {study.value && (
        <LoadedViewer
          key={study.value.id}
          study={study.value}
          review={review}
          settings={settings}
          position={position}
          onClose={onClose}
          onNext={onNext}
          onReloadStudy={reload}
          initialCell={initialCell}
        />
      )}
    </section>
  );
}

function LoadedViewer({
  study,
  review,
  settings,
  position,
  onClose,
  onNext,
  onReloadStudy,
  initialCell,
}: Omit<Props, 'studyId'> & { study: StudyDetail; review: ReviewState; onReloadStudy: () => void }) {
  const { labels, actions } = review;
  // Blinded first read: main sends no AI while it is hidden; until the labels say, assume the setting.
  const aiHidden = labels ? labels.aiHidden : settings.blindedFirstRead;
  const predictions = aiHidden ? NO_PREDICTIONS : study.predictions;
  const detections = aiHidden ? NO_DETECTIONS : study.detections;
  const [selected, setSelected] = useState<Location>(initialCell ?? FIRST_CELL);
  const [placing, setPlacing] = useState(false);
  const [overlays, setOverlays] = useState<OverlayDefaults>(settings.overlays);
  const [aiError, setAiError] = useState<string | null>(null);

  const engine = useMemo(
    () => new ViewerEngine(study, (instanceId, frame) => call('pixels:get', { instanceId, frame }), settings.overlays),
    // One engine per study (LoadedViewer is keyed by it): a new AI run reaches it through setAi,
    // later settings through setOverlays, below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  useEffect(() => engine.setAi(predictions, detections), [engine, predictions, detections]);
  // The engine reports through the latest state: events are handed over after every render.
  useLayoutEffect(() => {
    engine.setEvents({
      selectCell: (cell) => setSelected(cell),
      movePoint: (pointId, to) => actions.movePoint(pointId, to),
      placePoint: (to: PointPlacement) => {
        const existing = labels?.points.find((p) => p.condition === selected.condition && p.level === selected.level);
        if (existing) actions.movePoint(existing.id, to);
        else actions.addPoint(selected.condition, selected.level, to);
        setPlacing(false);
      },
      seriesChanged: () => undefined,
      firstImage: () => performance.mark('spine:first-image'),
    });
  });
  useEffect(() => () => engine.dispose(), [engine]);
  useEffect(() => engine.setPoints(labels?.points ?? []), [engine, labels]);
  // Opened at a cell: every view goes to it once its point is known (the labels have arrived).
  const jumpedToInitial = useRef(false);
  const labelsLoaded = labels !== null;
  useEffect(() => {
    if (!initialCell || !labelsLoaded || jumpedToInitial.current) return;
    jumpedToInitial.current = true;
    engine.jumpTo(initialCell);
  }, [engine, initialCell, labelsLoaded]);
  useEffect(() => engine.setOverlays(overlays), [engine, overlays]);
  useEffect(() => engine.setSelected(selected), [engine, selected]);
  useEffect(() => engine.setPlacing(placing), [engine, placing]);

  const cells = useMemo(() => {
    const map = new Map<string, CellSummary>();
    for (const location of LOCATIONS)
      map.set(
        locationKey(location),
        summariseCell(location, labels?.grades ?? [], labels?.points ?? [], predictions, labels?.problems ?? []),
      );
    return map;
  }, [labels, predictions]);
  const summary = cells.get(locationKey(selected)) as CellSummary;

  const select = (cell: Location): void => {
    setSelected(cell);
    setPlacing(false);
    engine.jumpTo(cell);
  };

  const commitFirstRead = (): void => void actions.commitFirstRead().then(onReloadStudy);

  const markReviewedAndNext = async (): Promise<void> => {
    await actions.setReview('reviewed');
    onNext?.();
  };

  useReviewShortcuts({
    selected,
    summary,
    placing,
    select,
    setPlacing,
    actions,
    toggleOverlay: (key) => setOverlays((o) => ({ ...o, [key]: !o[key] })),
    markReviewedAndNext: () => void markReviewedAndNext(),
    commitFirstRead: aiHidden ? commitFirstRead : null,
    close: onClose,
  });

  return (
    <>
      <ViewerToolbar
        study={study}
        labels={labels}
        position={position}
        overlays={overlays}
        onOverlays={setOverlays}
        onClose={onClose}
        onUndo={actions.undo}
        onRedo={actions.redo}
        onInReview={() => void actions.setReview('in_review')}
        onReviewedNext={() => void markReviewedAndNext()}
        onRunAi={() => {
          call('ai:run', { studyIds: [study.id] }).catch((e: unknown) => setAiError(e instanceof Error ? e.message : String(e)));
        }}
        hasNext={onNext !== null}
      />
      {aiError && (
        <div role="alert" className="error-banner">
          Could not start the AI: {aiError}
          <button type="button" aria-label="Dismiss error" onClick={() => setAiError(null)}>
            ✕
          </button>
        </div>
      )}
      {review.error && (
        <div role="alert" className="error-banner">
          Not saved: {review.error}
          <button type="button" aria-label="Dismiss error" onClick={review.clearError}>
            ✕
          </button>
        </div>
      )}
      <div className="viewer-body">
        <div className="viewports">
          {VIEW_SLOTS.map((slot) => (
            <ViewportView key={slot} engine={engine} slot={slot} series={study.series} presets={settings.windowPresets} />
          ))}
        </div>
        <aside className="review-panel" aria-label="Review">
          {!labels ? (
            <p className="muted">Loading labels…</p>
          ) : (
            <>
              <FirstReadPanel
                aiHidden={aiHidden}
                firstRead={settings.blindedFirstRead ? labels.firstRead : null}
                graded={labels.grades.filter((g) => g.grade !== null).length}
                onCommit={commitFirstRead}
              />
              <SeverityGrid cells={cells} selected={selected} onSelect={select} />
              <CellPanel
                studyId={study.id}
                cell={selected}
                summary={summary}
                aiHidden={aiHidden}
                series={study.series}
                revision={review.revision}
                latest={labels.latestEdits}
                placing={placing}
                onPlace={() => setPlacing((p) => !p)}
                actions={actions}
              />
              <ProblemList problems={labels.problems} onSelect={select} />
              <LevelShift series={study.series} points={labels.points} onShift={actions.shiftLevels} />
            </>
          )}
        </aside>
      </div>
    </>
  );
}
