import type { FramePixels, OverlayDefaults, PointInfo, StudyDetail } from '../../../../electron/common/contract';
import type { PointPlacement } from '../../../../electron/common/contract';
import { imagePoint, nearestSlice, patientToPixel, pixelToPatient, type PatientPoint, type SliceGeometry } from '../../../../electron/common/geometry';
import { seriesRoleInfo, type LevelId, type Location, type SeriesRole } from '../../../../electron/common/vocabulary';
import { axialSliceLevels } from './axialSliceLevels';
import { buildScene, type ReferenceSource } from './buildScene';
import { CONDITION_COLOURS, REFERENCE_COLOUR } from './colours';
import { EMPTY_SCENE, type OverlayPoint, type OverlayScene } from './OverlayScene';
import { SliceCache } from './SliceCache';
import { toViewSeries, type ViewSeries, type ViewSlice } from './ViewSeries';
import { Viewport, type ViewportHost } from './Viewport';
import { EMPTY_VIEWPORT_STATE, type ViewportState } from './ViewportState';
import type { CanvasPoint } from './ViewTransform';

/** The three views of the hanging protocol, by series role (product.md "Hanging protocol"). */
export const VIEW_SLOTS = ['sag_t1', 'sag_t2', 'ax_t2'] as const satisfies readonly SeriesRole[];
export type ViewSlot = (typeof VIEW_SLOTS)[number];

/** What the engine reports to the React side. */
export interface ViewerEvents {
  selectCell(cell: Location): void;
  movePoint(pointId: number, to: PointPlacement): void;
  placePoint(to: PointPlacement): void;
  seriesChanged(slot: ViewSlot, seriesId: number | null): void;
  firstImage(): void;
}

const NO_EVENTS: ViewerEvents = {
  selectCell: () => undefined,
  movePoint: () => undefined,
  placePoint: () => undefined,
  seriesChanged: () => undefined,
  firstImage: () => undefined,
};

const SLOT_REFERENCE_COLOURS: Record<ViewSlot, string> = { sag_t1: CONDITION_COLOURS.left_foraminal, sag_t2: CONDITION_COLOURS.spinal, ax_t2: REFERENCE_COLOUR };

/**
 * The viewer's engine: plain TypeScript that owns the three viewports and the renderer's slice
 * cache, keeps the study's labels, AI output and overlay toggles, and rebuilds each view's
 * overlay when any view moves (reference lines follow the other views' slices). React mounts
 * it and feeds it data; it answers through ViewerEvents.
 */
export class ViewerEngine implements ViewportHost {
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

  constructor(
    study: StudyDetail,
    loadPixels: (instanceId: number, frame: number) => Promise<FramePixels>,
    overlays: OverlayDefaults,
  ) {
    this.cache = new SliceCache(loadPixels);
    this.overlays = overlays;
    this.predictions = study.predictions;
    this.detections = study.detections;
    this.seriesById = new Map(study.series.map((s) => [s.id, toViewSeries(s)]));
    // Each view starts with the series of its role that has the most images (a full axial stack
    // rather than a short angled one); the picker offers the others.
    for (const slot of VIEW_SLOTS) {
      const candidates = study.series.filter((s) => s.role === slot && s.instances.length > 0);
      const best = candidates.reduce<(typeof candidates)[number] | undefined>((a, b) => (!a || b.instances.length > a.instances.length ? b : a), undefined);
      this.chosen.set(slot, best?.id ?? null);
    }
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
   * patient space, centred on the point's projection. Without a point of its own the location
   * borrows one of the same level (another condition), so the views still reach the disc.
   */
  jumpTo(cell: Location): void {
    const own = this.points.find((p) => p.condition === cell.condition && p.level === cell.level);
    const ai = this.predictions.find((p) => p.condition === cell.condition && p.level === cell.level && p.seriesId !== null && p.instanceNumber !== null && p.x !== null && p.y !== null);
    const borrowed = this.points.find((p) => p.level === cell.level);
    const target = own ?? (ai ? { seriesId: ai.seriesId as number, instanceNumber: ai.instanceNumber as number, x: ai.x as number, y: ai.y as number } : borrowed);
    if (!target) return;
    const series = this.seriesById.get(target.seriesId);
    const slice = series?.slices.find((s) => s.instanceNumber === target.instanceNumber);
    if (!series || !slice) return;
    const holder = this.slotShowing(series.id) ?? (series.role && (VIEW_SLOTS as readonly string[]).includes(series.role) ? (series.role as ViewSlot) : null);
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
   * view's role (axial stacks covering different levels, rsna-data.md pitfall 7), the view changes
   * to the one whose slices come nearest the point, preferring one that holds it in its images.
   */
  private bringTo(slot: ViewSlot, view: Viewport, patient: PatientPoint): void {
    const current = view.getSeries();
    const candidates = [...this.seriesById.values()].filter((s) => s.slices.length > 0 && (s.id === current?.id || (current !== null && current.role !== null && s.role === current.role)));
    let best: { series: ViewSeries; slice: ViewSlice & { geometry: SliceGeometry }; inside: boolean; distance: number } | null = null;
    for (const series of candidates) {
      const located = series.slices.filter((s): s is ViewSlice & { geometry: SliceGeometry } => s.geometry !== null);
      const nearest = nearestSlice(
        located.map((s) => s.geometry),
        patient,
      );
      const slice = nearest ? located[nearest.index] : undefined;
      if (!nearest || !slice) continue;
      const better = !best || (nearest.insideImage && !best.inside) || (nearest.insideImage === best.inside && Math.abs(nearest.distance) < best.distance - 1e-6);
      if (better) best = { series, slice, inside: nearest.insideImage, distance: Math.abs(nearest.distance) };
    }
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
    const slice = target.currentSlice();
    if (!series || !slice || slice.instanceNumber === null) return;
    const at = target.clientToImage(clientX, clientY);
    const to: PointPlacement = { seriesId: series.id, instanceNumber: slice.instanceNumber, x: round2(at.x), y: round2(at.y) };
    // Shown where it was dropped at once; the store's answer replaces this copy.
    this.setPoints(this.points.map((p) => (p.id === pointId ? { ...p, ...to, seriesKey: series.key } : p)));
    this.events.movePoint(pointId, to);
  }

  placing(): boolean {
    return this.placingCell;
  }

  place(viewport: Viewport, at: CanvasPoint): void {
    const series = viewport.getSeries();
    const slice = viewport.currentSlice();
    if (!series || !slice || slice.instanceNumber === null) return;
    this.events.placePoint({ seriesId: series.id, instanceNumber: slice.instanceNumber, x: round2(at.x), y: round2(at.y) });
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
      references: this.referencesFor(slot),
      axialLevels: slot === 'ax_t2' ? null : this.axialLevelLayer(),
    });
  }

  private referencesFor(slot: ViewSlot): ReferenceSource[] {
    const others = slot === 'ax_t2' ? (['sag_t1', 'sag_t2'] as const) : (['ax_t2'] as const);
    const refs: ReferenceSource[] = [];
    for (const other of others) {
      const slice = this.viewports.get(other)?.currentSlice();
      if (slice) refs.push({ slice, colour: SLOT_REFERENCE_COLOURS[other], text: `${seriesRoleInfo(other).short} ${slice.index + 1}` });
    }
    return refs;
  }

  private axialLevelLayer(): { slices: ViewSeries['slices']; levels: (LevelId | null)[] } | null {
    if (!this.overlays.axialLevels) return null;
    const axialId = this.chosen.get('ax_t2');
    const axial = axialId === null || axialId === undefined ? undefined : this.seriesById.get(axialId);
    if (!axial) return null;
    if (this.axialLevels?.seriesId !== axial.id) this.axialLevels = { seriesId: axial.id, levels: axialSliceLevels(axial, this.seriesById, this.points) };
    return { slices: axial.slices, levels: this.axialLevels.levels };
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
