import type { FramePixels, OverlayDefaults, PointInfo, StudyDetail } from '../../../../electron/common/contract';
import { imagePoint, patientToPixel, pixelToPatient, type PatientPoint } from '../../../../electron/common/geometry';
import { seriesRoleInfo, type LevelId, type Location } from '../../../../electron/common/vocabulary';
import { axialSliceLevels } from './axialSliceLevels';
import { buildScene } from './buildScene';
import { displayedFrameOf } from './displayedFrameOf';
import { locationTarget, nearestSeriesSlice } from './linkedNavigation';
import { EMPTY_SCENE, type OverlayPoint, type OverlayScene } from './OverlayScene';
import { pointPlacement } from './pointPlacement';
import { referenceSources } from './referenceSources';
import { SliceCache } from './SliceCache';
import { NO_EVENTS, type ViewerEvents } from './ViewerEvents';
import { toViewSeries, type ViewSeries } from './ViewSeries';
import { Viewport } from './Viewport';
import type { ViewportHost } from './ViewportHost';
import { EMPTY_VIEWPORT_STATE, type ViewportState } from './ViewportState';
import { isViewSlot, startingSeries, VIEW_SLOTS, type ViewSlot } from './viewSlots';
import type { CanvasPoint } from './ViewTransform';

/**
 * The viewer's engine: plain TypeScript that owns the three viewports and the renderer's slice
 * cache, keeps the study's labels, AI output and overlay toggles, and rebuilds each view's
 * overlay when any view moves (reference lines follow the other views' slices). React mounts
 * it and feeds it data; it answers through ViewerEvents.
 */
export class ViewerEngine implements ViewportHost<Viewport> {
  readonly cache: SliceCache;
  private readonly viewports = new Map<ViewSlot, Viewport>();
  private readonly chosen = new Map<ViewSlot, number | null>();
  private readonly seriesById: Map<number, ViewSeries>;
  private points: readonly PointInfo[] = [];
  private predictions: StudyDetail['predictions'];
  private detections: StudyDetail['detections'];
  private overlays: OverlayDefaults;
  private selected: Location | null = null;
  private placingCell = false;
  private axialLevels: { seriesId: number; levels: (LevelId | null)[] } | null = null;
  private readonly slotListeners = new Map<ViewSlot, Set<() => void>>();

  private events: ViewerEvents = NO_EVENTS;

  constructor(study: StudyDetail, loadPixels: (instanceId: number, frame: number) => Promise<FramePixels>, overlays: OverlayDefaults) {
    this.cache = new SliceCache((instanceId, frame) => loadPixels(instanceId, frame).then(displayedFrameOf));
    this.overlays = overlays;
    this.predictions = study.predictions;
    this.detections = study.detections;
    this.seriesById = new Map(study.series.map((s) => [s.id, toViewSeries(s)]));
    for (const slot of VIEW_SLOTS) this.chosen.set(slot, startingSeries(study, slot));
  }

  // ---- mounting (called by the React views) ----

  mount(slot: ViewSlot, container: HTMLElement): Viewport {
    const viewport = new Viewport(container, seriesRoleInfo(slot).rsnaName, this);
    this.viewports.set(slot, viewport);
    viewport.subscribe(() => this.notifySlot(slot));
    const seriesId = this.chosen.get(slot) ?? null;
    viewport.setSeries(seriesId === null ? null : (this.seriesById.get(seriesId) ?? null));
    return viewport;
  }

  unmount(slot: ViewSlot): void {
    this.viewports.get(slot)?.dispose();
    this.viewports.delete(slot);
    this.notifySlot(slot);
  }

  /** For useSyncExternalStore: a view's state, whether or not its viewport is mounted yet. */
  subscribeSlot(slot: ViewSlot, listener: () => void): () => void {
    const set = this.slotListeners.get(slot) ?? new Set();
    set.add(listener);
    this.slotListeners.set(slot, set);
    return () => set.delete(listener);
  }

  stateOf(slot: ViewSlot): ViewportState {
    return this.viewports.get(slot)?.getState() ?? EMPTY_VIEWPORT_STATE;
  }

  private notifySlot(slot: ViewSlot): void {
    for (const listener of this.slotListeners.get(slot) ?? []) listener();
  }

  viewport(slot: ViewSlot): Viewport | undefined {
    return this.viewports.get(slot);
  }

  seriesFor(slot: ViewSlot): number | null {
    return this.chosen.get(slot) ?? null;
  }

  /** The series picker: any series of the study may go in any view. */
  setSeries(slot: ViewSlot, seriesId: number | null, startIndex?: number): void {
    this.chosen.set(slot, seriesId);
    this.viewports.get(slot)?.setSeries(seriesId === null ? null : (this.seriesById.get(seriesId) ?? null), startIndex);
    this.events.seriesChanged(slot, seriesId);
    this.notifySlot(slot);
    this.invalidateOverlays();
  }

  // ---- data from React ----

  /** Where the engine reports selections, edits and its first image (set by the React side after each render). */
  setEvents(events: ViewerEvents): void {
    this.events = events;
  }

  setPoints(points: readonly PointInfo[]): void {
    this.points = points;
    this.axialLevels = null;
    this.invalidateOverlays();
  }

  /** A new AI run for the study (its predictions and boxes), without resetting the views. */
  setAi(predictions: StudyDetail['predictions'], detections: StudyDetail['detections']): void {
    if (predictions === this.predictions && detections === this.detections) return;
    this.predictions = predictions;
    this.detections = detections;
    this.invalidateOverlays();
  }

  setOverlays(overlays: OverlayDefaults): void {
    this.overlays = overlays;
    this.invalidateOverlays();
  }

  setSelected(cell: Location | null): void {
    this.selected = cell;
    this.invalidateOverlays();
  }

  setPlacing(on: boolean): void {
    this.placingCell = on;
  }

  dispose(): void {
    for (const slot of [...this.viewports.keys()]) this.unmount(slot);
  }

  // ---- linked navigation ----

  /**
   * Brings every view to a location (product.md "Linked navigation"): the view holding its point
   * goes to the point's slice, centred on it; every other view to its slice nearest the point in
   * patient space, centred on the point's projection.
   */
  jumpTo(cell: Location): void {
    const target = locationTarget(cell, this.points, this.predictions);
    if (!target) return;
    const series = this.seriesById.get(target.seriesId);
    const slice = series?.slices.find((s) => s.instanceNumber === target.instanceNumber);
    if (!series || !slice) return;
    const holder = this.slotShowing(series.id) ?? (isViewSlot(series.role) ? series.role : null);
    if (holder && this.chosen.get(holder) !== series.id) this.setSeries(holder, series.id, slice.index);
    if (holder) {
      const view = this.viewports.get(holder);
      view?.setSlice(slice.index);
      view?.centreOn(target.x, target.y);
    }
    if (!slice.geometry) return;
    const patient = pixelToPatient(slice.geometry, imagePoint(target.x, target.y));
    for (const [slot, view] of this.viewports) if (slot !== holder) this.bringTo(slot, view, patient);
  }

  /**
   * The view's slice nearest the point, centred on it. Where the study has several series of the
   * view's role, the view changes to the one whose slices come nearest the point.
   */
  private bringTo(slot: ViewSlot, view: Viewport, patient: PatientPoint): void {
    const current = view.getSeries();
    const candidates = [...this.seriesById.values()].filter(
      (s) => s.slices.length > 0 && (s.id === current?.id || (current !== null && current.role !== null && s.role === current.role)),
    );
    const best = nearestSeriesSlice(candidates, patient);
    if (!best) return;
    if (best.series.id !== current?.id) this.setSeries(slot, best.series.id, best.slice.index);
    view.setSlice(best.slice.index);
    const { point } = patientToPixel(best.slice.geometry, patient);
    view.centreOn(point.x, point.y);
  }

  private slotShowing(seriesId: number): ViewSlot | null {
    for (const slot of VIEW_SLOTS) if (this.chosen.get(slot) === seriesId && this.viewports.has(slot)) return slot;
    return null;
  }

  // ---- ViewportHost ----

  viewChanged(): void {
    this.invalidateOverlays();
  }

  pointPicked(_viewport: Viewport, point: OverlayPoint): void {
    this.events.selectCell({ condition: point.condition, level: point.level });
  }

  pointDropped(origin: Viewport, pointId: number, clientX: number, clientY: number): void {
    const target = [...this.viewports.values()].find((v) => v !== origin && v.containsClient(clientX, clientY)) ?? origin;
    const series = target.getSeries();
    const to = pointPlacement(series, target.currentSlice(), target.clientToImage(clientX, clientY));
    if (!series || !to) return;
    // Shown where it was dropped at once; the store's answer replaces this copy.
    this.setPoints(this.points.map((p) => (p.id === pointId ? { ...p, ...to, seriesKey: series.key } : p)));
    this.events.movePoint(pointId, to);
  }

  placing(): boolean {
    return this.placingCell;
  }

  place(viewport: Viewport, at: CanvasPoint): void {
    const to = pointPlacement(viewport.getSeries(), viewport.currentSlice(), at);
    if (to) this.events.placePoint(to);
  }

  firstImage(): void {
    this.events.firstImage();
  }

  // ---- overlays ----

  /** Every view redraws its overlay at its next frame, pulling a fresh scene (sceneFor). */
  private invalidateOverlays(): void {
    for (const view of this.viewports.values()) view.invalidateOverlay();
  }

  sceneFor(view: Viewport): OverlayScene {
    const series = view.getSeries();
    const slice = view.currentSlice();
    const slot = [...this.viewports].find(([, v]) => v === view)?.[0];
    if (!series || !slice || !slot) return EMPTY_SCENE;
    return buildScene({
      series,
      slice,
      points: this.points,
      predictions: this.predictions,
      detections: this.detections,
      overlays: this.overlays,
      selected: this.selected,
      references: referenceSources(slot, (other) => this.viewports.get(other)?.currentSlice()),
      axialLevels: slot === 'ax_t2' ? null : this.axialLevelLayer(),
    });
  }

  private axialLevelLayer(): { slices: ViewSeries['slices']; levels: (LevelId | null)[] } | null {
    if (!this.overlays.axialLevels) return null;
    const axialId = this.chosen.get('ax_t2');
    const axial = axialId === null || axialId === undefined ? undefined : this.seriesById.get(axialId);
    if (!axial) return null;
    if (this.axialLevels?.seriesId !== axial.id)
      this.axialLevels = { seriesId: axial.id, levels: axialSliceLevels(axial, this.seriesById, this.points) };
    return { slices: axial.slices, levels: this.axialLevels.levels };
  }
}
