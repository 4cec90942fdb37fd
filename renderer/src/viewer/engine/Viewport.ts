import { orientationLabels } from '../../../../electron/common/geometry';
import type { VoiWindow, WindowPreset } from '../../../../electron/common/imaging';
import { EMPTY_SCENE, type OverlayPoint, type OverlayScene } from './OverlayScene';
import { paintAnnotations } from './paintAnnotations';
import { paintOverlay, POINT_RADIUS } from './paintOverlay';
import { ViewportGestures } from './ViewportGestures';
import type { LoadedSlice, SliceCache } from './SliceCache';
import { SliceRenderer } from './SliceRenderer';
import { sliceWindows } from './sliceWindows';
import type { ViewSeries, ViewSlice } from './ViewSeries';
import { EMPTY_VIEWPORT_STATE, type ViewportState } from './ViewportState';
import { ViewTransform, type CanvasPoint } from './ViewTransform';

/** What a viewport asks of the engine that owns it. */
export interface ViewportHost {
  readonly cache: SliceCache;
  /** The slice, window or view changed: other viewports' reference lines follow. */
  viewChanged(viewport: Viewport): void;
  /** The overlay of this viewport for its current slice, built when it is drawn. */
  sceneFor(viewport: Viewport): OverlayScene;
  pointPicked(viewport: Viewport, point: OverlayPoint): void;
  /** A dragged label point was let go at a client position (maybe over another viewport). */
  pointDropped(viewport: Viewport, pointId: number, clientX: number, clientY: number): void;
  /** Place mode is on and the reader clicked the image. */
  placing(): boolean;
  place(viewport: Viewport, at: CanvasPoint): void;
  firstImage(viewport: Viewport): void;
}

/**
 * One view: owns an image canvas and an overlay canvas stacked in the container the React side
 * gives it, draws them on requestAnimationFrame when something changed (the image only when the
 * slice, window or view moved; the overlay on its own), and turns wheel, pointer and key input
 * into slice, window/level, zoom, pan and point edits (style.md, "The React ↔ canvas seam").
 */
export class Viewport {
  readonly transform = new ViewTransform();
  private readonly imageCanvas: HTMLCanvasElement;
  private readonly overlayCanvas: HTMLCanvasElement;
  private readonly renderer = new SliceRenderer();
  private readonly listeners = new Set<() => void>();
  private readonly resizeObserver: ResizeObserver;
  private series: ViewSeries | null = null;
  private index = 0;
  private window: VoiWindow | null = null;
  private shown: LoadedSlice | null = null;
  private shownIndex = -1;
  private fitted = true;
  private scene: OverlayScene = EMPTY_SCENE;
  private sceneStale = true;
  private readonly gestures: ViewportGestures;
  private frameRequest = 0;
  private imageDirty = true;
  private overlayDirty = true;
  private everDrawn = false;
  private state: ViewportState = EMPTY_VIEWPORT_STATE;
  private error: string | null = null;
  private dpr = 1;
  private disposed = false;

  constructor(
    readonly container: HTMLElement,
    readonly label: string,
    private readonly host: ViewportHost,
  ) {
    this.imageCanvas = this.addCanvas('viewport-image');
    this.overlayCanvas = this.addCanvas('viewport-overlay');
    this.gestures = new ViewportGestures(this, this.overlayCanvas, host);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    this.resize();
  }

  private addCanvas(className: string): HTMLCanvasElement {
    const canvas = document.createElement('canvas');
    canvas.className = className;
    canvas.setAttribute('aria-hidden', 'true');
    this.container.appendChild(canvas);
    return canvas;
  }

  // ---- state for React (useSyncExternalStore) ----

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ViewportState => this.state;

  private publish(): void {
    const slice = this.currentSlice();
    const fit = this.transform.fitZoom();
    const next: ViewportState = {
      seriesId: this.series?.id ?? null,
      sliceIndex: this.index,
      sliceCount: this.series?.slices.length ?? 0,
      instanceNumber: slice?.instanceNumber ?? null,
      slicePosition: slice?.slicePosition ?? null,
      window: this.window,
      zoomPercent: Math.round((this.transform.zoom / fit) * 100),
      status: !this.series || this.series.slices.length === 0 ? 'empty' : this.error ? 'error' : this.shownIndex === this.index && this.shown ? 'ready' : 'loading',
      error: this.error,
    };
    const changed = (Object.keys(next) as (keyof ViewportState)[]).some((k) => next[k] !== this.state[k]);
    if (!changed) return;
    this.state = next;
    for (const listener of this.listeners) listener();
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
    this.shown = null;
    this.shownIndex = -1;
    this.fitted = true;
    this.error = null;
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
    this.error = null;
    this.loadCurrent();
    if (this.shown) this.prefetchAround();
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
    return this.shown ? sliceWindows(this.shown) : [];
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
    this.transform.zoomAt(factor, this.imageCanvas.width / 2, this.imageCanvas.height / 2);
    this.fitted = false;
    this.invalidate(true);
  }

  panBy(dx: number, dy: number): void {
    this.transform.panX += dx * this.dpr;
    this.transform.panY += dy * this.dpr;
    this.fitted = false;
    this.invalidate(true);
  }

  /** Pans so that an image point of the current series sits in the middle of the view. */
  centreOn(x: number, y: number): void {
    this.transform.centreOn(x, y);
    this.fitted = false;
    this.invalidate(true);
  }

  /** Something the overlay shows changed (labels, toggles, another view's slice): rebuild it at the next draw. */
  invalidateOverlay(): void {
    this.sceneStale = true;
    this.invalidate(false);
  }

  /** Whether a client (CSS) position lies over this viewport's image area. */
  containsClient(clientX: number, clientY: number): boolean {
    const r = this.overlayCanvas.getBoundingClientRect();
    return clientX >= r.left && clientX <= r.right && clientY >= r.top && clientY <= r.bottom;
  }

  /** Image coordinates of a client (CSS) position. */
  clientToImage(clientX: number, clientY: number): CanvasPoint {
    const r = this.overlayCanvas.getBoundingClientRect();
    return this.transform.canvasToImage((clientX - r.left) * this.dpr, (clientY - r.top) * this.dpr);
  }

  /** Canvas pixels per CSS pixel. */
  get pixelRatio(): number {
    return this.dpr;
  }

  currentWindow(): VoiWindow | null {
    return this.window;
  }

  hasImage(): boolean {
    return this.shown !== null && !this.error;
  }

  /** Zooms about a canvas point (mouse wheel, zoom drag). */
  zoomAt(factor: number, x: number, y: number): void {
    this.transform.zoomAt(factor, x, y);
    this.fitted = false;
    this.invalidate(true);
  }

  /** Redraws the overlay only (a point being dragged). */
  redrawOverlay(): void {
    this.invalidate(false);
  }

  /** The point of the current slice under a canvas position, if any (within its marker plus a little). */
  pointAt(at: CanvasPoint): OverlayPoint | null {
    let best: OverlayPoint | null = null;
    let bestDistance = (POINT_RADIUS + 4) * this.dpr;
    for (const point of this.scene.points) {
      if (!point.onSlice) continue;
      const p = this.transform.imageToCanvas(point.x, point.y);
      const d = Math.hypot(p.x - at.x, p.y - at.y);
      if (d <= bestDistance) {
        best = point;
        bestDistance = d;
      }
    }
    return best;
  }

  dispose(): void {
    this.disposed = true;
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
    this.resizeObserver.disconnect();
    this.imageCanvas.remove();
    this.overlayCanvas.remove();
    this.listeners.clear();
  }

  // ---- loading ----

  private loadCurrent(): void {
    const slice = this.currentSlice();
    if (!slice) return;
    const requested = performance.now();
    const cached = this.host.cache.peek(slice.instanceId);
    if (cached) {
      this.markReady(requested, true);
      this.show(cached, slice.index);
      return;
    }
    const index = this.index;
    const seriesId = this.series?.id;
    this.host.cache.get(slice.instanceId).then(
      (loaded) => {
        if (this.disposed || this.series?.id !== seriesId || this.index !== index) return;
        this.markReady(requested, false);
        this.show(loaded, index);
      },
      (error: unknown) => {
        if (this.disposed || this.series?.id !== seriesId || this.index !== index) return;
        this.error = error instanceof Error ? error.message : String(error);
        this.invalidate(true);
      },
    );
  }

  /** User Timing mark for bench/viewer.bench.ts: a slice asked for → its pixels in the renderer. */
  private markReady(requested: number, cached: boolean): void {
    performance.mark('spine:slice-ready', { detail: { view: this.label, cached, ms: performance.now() - requested } });
  }

  private show(loaded: LoadedSlice, index: number): void {
    const first = this.shown === null;
    this.shown = loaded;
    this.shownIndex = index;
    const slice = this.series?.slices[index];
    const spacing = slice?.geometry;
    this.transform.setImage(loaded.info.columns, loaded.info.rows, spacing?.columnSpacing ?? 1, spacing?.rowSpacing ?? 1);
    if (!this.window) this.window = sliceWindows(loaded)[0] ?? { center: 128, width: 256 };
    if (this.fitted) this.transform.fit();
    this.invalidate(true);
    // Read ahead only once the slice asked for is on screen: it never queues behind its neighbours.
    if (first) this.prefetchAround();
  }

  private prefetchAround(): void {
    const slices = this.series?.slices ?? [];
    const order = [...slices].sort((a, b) => Math.abs(a.index - this.index) - Math.abs(b.index - this.index));
    this.host.cache.prefetch(this.label, order.map((s) => s.instanceId));
  }

  // ---- drawing ----

  private resize(): void {
    this.dpr = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(this.container.clientWidth * this.dpr));
    const height = Math.max(1, Math.round(this.container.clientHeight * this.dpr));
    for (const canvas of [this.imageCanvas, this.overlayCanvas]) {
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
    }
    this.transform.setCanvas(width, height);
    if (this.fitted) this.transform.fit();
    this.invalidate(true);
  }

  private invalidate(image: boolean): void {
    if (image) {
      this.imageDirty = true;
      this.sceneStale = true;
    }
    this.overlayDirty = true;
    this.publish();
    if (!this.frameRequest && !this.disposed) this.frameRequest = requestAnimationFrame(this.draw);
  }

  private readonly draw = (): void => {
    this.frameRequest = 0;
    const started = performance.now();
    const newSlice = this.imageDirty && this.shown !== null && this.shownIndex === this.index;
    if (this.imageDirty) this.drawImage();
    if (this.overlayDirty) this.drawOverlay();
    this.imageDirty = false;
    this.overlayDirty = false;
    if (newSlice) {
      // User Timing marks for the viewer benchmark (bench/viewer.bench.ts): time to draw a slice.
      performance.mark('spine:slice-drawn', { detail: { view: this.label, index: this.index, ms: performance.now() - started } });
      if (!this.everDrawn) {
        this.everDrawn = true;
        this.host.firstImage(this);
      }
    }
  };

  private drawImage(): void {
    const ctx = this.imageCanvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, this.imageCanvas.width, this.imageCanvas.height);
    if (!this.shown || !this.window || this.error) return;
    const source = this.renderer.render(this.shown, this.window);
    const rect = this.transform.imageRect();
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(source, rect.x, rect.y, rect.width, rect.height);
  }

  private drawOverlay(): void {
    const ctx = this.overlayCanvas.getContext('2d');
    if (!ctx) return;
    const { width, height } = this.overlayCanvas;
    ctx.clearRect(0, 0, width, height);
    const slice = this.currentSlice();
    if (this.sceneStale) {
      this.scene = this.host.sceneFor(this);
      this.sceneStale = false;
    }
    if (this.shown && !this.error) paintOverlay(ctx, this.transform, this.sceneWithDrag(), this.dpr);
    const geometry = slice?.geometry;
    const count = this.series?.slices.length ?? 0;
    paintAnnotations(ctx, width, height, this.dpr, {
      title: this.series?.description ?? this.label,
      slice: count > 0 ? `Slice ${this.index + 1}/${count}${slice?.instanceNumber !== null && slice ? ` · Im ${slice.instanceNumber}` : ''}` : '',
      position: slice?.slicePosition !== null && slice?.slicePosition !== undefined ? `Pos ${slice.slicePosition.toFixed(1)} mm` : '',
      display: this.window ? `W ${Math.round(this.window.width)} L ${Math.round(this.window.center)} · ${this.state.zoomPercent}%` : '',
      orientation: geometry && this.shown && this.shownIndex === this.index && !this.error ? orientationLabels(geometry.rowDirection, geometry.columnDirection, 0.25) : null,
      notice: this.notice(),
    });
  }

  private notice(): string | null {
    if (!this.series) return `No ${this.label} series`;
    if (this.series.slices.length === 0) return 'This series has no images';
    // The reason, with the file, is in the view's alert below the image (it does not fit here).
    if (this.error) return 'Cannot show this slice';
    if (!this.shown) return 'Loading…';
    return null;
  }

  /** The scene with a point being dragged drawn where the pointer is, on the slice shown. */
  private sceneWithDrag(): OverlayScene {
    const drag = this.gestures.draggedPoint();
    if (!drag) return this.scene;
    const image = this.transform.canvasToImage(drag.at.x, drag.at.y);
    const dragged: OverlayPoint = { ...drag.point, x: image.x, y: image.y, onSlice: true, selected: true };
    return { ...this.scene, points: [...this.scene.points.filter((p) => p.id !== drag.point.id), dragged] };
  }
}
