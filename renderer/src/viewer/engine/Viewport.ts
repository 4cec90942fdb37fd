import type { DisplayedFrame, VoiWindow, WindowPreset } from '../../../../electron/common/imaging';
import { ExternalStore } from './ExternalStore';
import type { GestureTarget } from './GestureTarget';
import { OverlayLayer } from './OverlayLayer';
import type { OverlayPoint } from './OverlayScene';
import { paintImage } from './paintImage';
import { RedrawScheduler } from './RedrawScheduler';
import { SliceLoader } from './SliceLoader';
import { SliceRenderer } from './SliceRenderer';
import { sliceWindows } from './sliceWindows';
import type { ViewSeries, ViewSlice } from './ViewSeries';
import { viewportAnnotations } from './viewportAnnotations';
import { ViewportCanvases } from './ViewportCanvases';
import { ViewportGestures } from './ViewportGestures';
import type { ViewportHost } from './ViewportHost';
import { EMPTY_VIEWPORT_STATE, viewportState, type ViewportState } from './ViewportState';
import { ViewTransform, type CanvasPoint } from './ViewTransform';

/**
 * One view: owns an image canvas and an overlay canvas stacked in the container the React side
 * gives it, draws them on requestAnimationFrame when something changed (the image only when the
 * slice, window or view moved; the overlay on its own), and turns wheel, pointer and key input
 * into slice, window/level, zoom, pan and point edits (style.md, "The React ↔ canvas seam").
 * Loading, drawing, input and hit-testing live in their own files; this one holds the view's
 * state (series, slice, window, zoom) and the commands that change it.
 */
export class Viewport implements GestureTarget {
  readonly transform = new ViewTransform();
  private readonly canvases: ViewportCanvases;
  private readonly renderer = new SliceRenderer();
  private readonly stateStore = new ExternalStore<ViewportState>(EMPTY_VIEWPORT_STATE);
  private readonly loader: SliceLoader;
  private readonly redraw = new RedrawScheduler((image, overlay) => this.draw(image, overlay));
  private readonly gestures: ViewportGestures;
  private readonly overlay: OverlayLayer;
  private series: ViewSeries | null = null;
  private index = 0;
  private window: VoiWindow | null = null;
  private fitted = true;
  private everDrawn = false;
  private disposed = false;

  constructor(
    readonly container: HTMLElement,
    readonly label: string,
    private readonly host: ViewportHost<Viewport>,
  ) {
    this.canvases = new ViewportCanvases(container, () => this.resize());
    this.loader = new SliceLoader(host.cache, label, {
      shown: (frame, index, first) => this.show(frame, index, first),
      failed: () => this.invalidate(true),
    });
    this.gestures = new ViewportGestures(this, this.canvases.overlay);
    this.overlay = new OverlayLayer(this.canvases.overlay, this.transform, () => host.sceneFor(this));
    this.resize();
  }

  // ---- state for React (useSyncExternalStore) ----

  subscribe = (listener: () => void): (() => void) => this.stateStore.subscribe(listener);

  getState = (): ViewportState => this.stateStore.get();

  private publish(): void {
    const { shown, shownIndex, error } = this.loader;
    const zoomPercent = Math.round((this.transform.zoom / this.transform.fitZoom()) * 100);
    this.stateStore.set(
      viewportState({ series: this.series, index: this.index, window: this.window, zoomPercent, shown: shown !== null, shownIndex, error }),
    );
  }

  // ---- commands ----

  getSeries(): ViewSeries | null {
    return this.series;
  }

  currentSlice(): ViewSlice | undefined {
    return this.series?.slices[this.index];
  }

  setSeries(series: ViewSeries | null, startIndex?: number): void {
    if (series?.id === this.series?.id && startIndex === undefined) return;
    this.series = series;
    this.window = null;
    this.loader.reset();
    this.fitted = true;
    const count = series?.slices.length ?? 0;
    this.index = Math.max(0, Math.min(count - 1, startIndex ?? Math.floor((count - 1) / 2)));
    this.loadCurrent();
    this.invalidate(true);
    this.host.viewChanged(this);
  }

  setSlice(index: number): void {
    const count = this.series?.slices.length ?? 0;
    const next = Math.max(0, Math.min(count - 1, Math.round(index)));
    if (next === this.index || count === 0) return;
    this.index = next;
    this.loader.clearError();
    this.loadCurrent();
    if (this.loader.shown) this.prefetchAround();
    this.invalidate(true);
    this.host.viewChanged(this);
  }

  scrollBy(delta: number): void {
    this.setSlice(this.index + delta);
  }

  setWindow(window: VoiWindow): void {
    this.window = { center: window.center, width: Math.max(1, window.width) };
    this.invalidate(true);
  }

  /** The current slice's own windows (header, then full range): the first is the default. */
  sliceWindows(): WindowPreset[] {
    return this.loader.shown ? sliceWindows(this.loader.shown) : [];
  }

  fit(): void {
    this.transform.fit();
    this.fitted = true;
    this.invalidate(true);
  }

  /** Fit, and the default window of the slice shown. */
  reset(): void {
    this.window = this.sliceWindows()[0] ?? this.window;
    this.fit();
  }

  zoomBy(factor: number): void {
    this.transform.zoomAt(factor, this.canvases.image.width / 2, this.canvases.image.height / 2);
    this.fitted = false;
    this.invalidate(true);
  }

  panBy(dx: number, dy: number): void {
    this.transform.panX += dx * this.pixelRatio;
    this.transform.panY += dy * this.pixelRatio;
    this.fitted = false;
    this.invalidate(true);
  }

  /** Pans so that an image point of the current series sits in the middle of the view. */
  centreOn(x: number, y: number): void {
    this.transform.centreOn(x, y);
    this.fitted = false;
    this.invalidate(true);
  }

  /** Zooms about a canvas point (mouse wheel, zoom drag). */
  zoomAt(factor: number, x: number, y: number): void {
    this.transform.zoomAt(factor, x, y);
    this.fitted = false;
    this.invalidate(true);
  }

  /** Something the overlay shows changed (labels, toggles, another view's slice): rebuild it at the next draw. */
  invalidateOverlay(): void {
    this.overlay.markStale();
    this.invalidate(false);
  }

  /** Redraws the overlay only (a point being dragged). */
  redrawOverlay(): void {
    this.invalidate(false);
  }

  /** Whether a client (CSS) position lies over this viewport's image area. */
  containsClient(clientX: number, clientY: number): boolean {
    return this.canvases.containsClient(clientX, clientY);
  }

  /** Image coordinates of a client (CSS) position. */
  clientToImage(clientX: number, clientY: number): CanvasPoint {
    const at = this.canvases.clientToCanvas(clientX, clientY);
    return this.transform.canvasToImage(at.x, at.y);
  }

  /** Canvas pixels per CSS pixel. */
  get pixelRatio(): number {
    return this.canvases.pixelRatio;
  }

  currentWindow(): VoiWindow | null {
    return this.window;
  }

  hasImage(): boolean {
    return this.loader.shown !== null && !this.loader.error;
  }

  /** The point of the current slice under a canvas position, if any (within its marker plus a little). */
  pointAt(at: CanvasPoint): OverlayPoint | null {
    return this.overlay.pointAt(at, this.pixelRatio);
  }

  dispose(): void {
    this.disposed = true;
    this.redraw.stop();
    this.canvases.remove();
    this.stateStore.clear();
  }

  // ---- what the pointer did, for the engine (GestureTarget) ----

  pickPoint(point: OverlayPoint): void {
    this.host.pointPicked(this, point);
  }

  placing(): boolean {
    return this.host.placing();
  }

  place(at: CanvasPoint): void {
    this.host.place(this, at);
  }

  dropPoint(pointId: number, clientX: number, clientY: number): void {
    this.host.pointDropped(this, pointId, clientX, clientY);
  }

  // ---- loading ----

  private loadCurrent(): void {
    const slice = this.currentSlice();
    if (!slice) return;
    const index = this.index;
    const seriesId = this.series?.id;
    this.loader.load(slice, () => !this.disposed && this.series?.id === seriesId && this.index === index);
  }

  private show(frame: DisplayedFrame, index: number, first: boolean): void {
    const spacing = this.series?.slices[index]?.geometry;
    this.transform.setImage(frame.columns, frame.rows, spacing?.columnSpacing ?? 1, spacing?.rowSpacing ?? 1);
    if (!this.window) this.window = sliceWindows(frame)[0] ?? { center: 128, width: 256 };
    if (this.fitted) this.transform.fit();
    this.invalidate(true);
    // Read ahead only once the slice asked for is on screen: it never queues behind its neighbours.
    if (first) this.prefetchAround();
  }

  private prefetchAround(): void {
    this.loader.prefetchAround(this.series?.slices ?? [], this.index);
  }

  // ---- drawing ----

  private resize(): void {
    const { width, height } = this.canvases.fitContainer();
    this.transform.setCanvas(width, height);
    if (this.fitted) this.transform.fit();
    this.invalidate(true);
  }

  private invalidate(image: boolean): void {
    if (image) this.overlay.markStale();
    this.publish();
    this.redraw.request(image);
  }

  private draw(image: boolean, overlay: boolean): void {
    const started = performance.now();
    const { shown, shownIndex, error } = this.loader;
    const newSlice = image && shown !== null && shownIndex === this.index;
    if (image) paintImage(this.canvases.image, this.renderer, this.transform, error ? null : shown, this.window);
    if (overlay) this.drawOverlay();
    if (newSlice) {
      // User Timing marks for the viewer benchmark (bench/viewer.bench.ts): time to draw a slice.
      performance.mark('spine:slice-drawn', { detail: { view: this.label, index: this.index, ms: performance.now() - started } });
      if (!this.everDrawn) {
        this.everDrawn = true;
        this.host.firstImage(this);
      }
    }
  }

  private drawOverlay(): void {
    const { shown, shownIndex, error } = this.loader;
    const annotations = viewportAnnotations({
      label: this.label,
      series: this.series,
      index: this.index,
      window: this.window,
      zoomPercent: this.getState().zoomPercent,
      loaded: shown !== null,
      showingCurrent: shown !== null && shownIndex === this.index && !error,
      error,
    });
    this.overlay.paint(shown !== null && !error, this.gestures.draggedPoint(), annotations, this.pixelRatio);
  }
}
