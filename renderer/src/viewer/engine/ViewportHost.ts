import type { OverlayPoint, OverlayScene } from './OverlayScene';
import type { SliceCache } from './SliceCache';
import type { CanvasPoint } from './ViewTransform';

/**
 * What a viewport asks of the engine that owns it. `V` is the viewport's own type: every call
 * names the viewport making it, and this file needs no import of Viewport (no cycle, issue 12).
 */
export interface ViewportHost<V> {
  readonly cache: SliceCache;
  /** The slice, window or view changed: other viewports' reference lines follow. */
  viewChanged(viewport: V): void;
  /** The overlay of this viewport for its current slice, built when it is drawn. */
  sceneFor(viewport: V): OverlayScene;
  pointPicked(viewport: V, point: OverlayPoint): void;
  /** A dragged label point was let go at a client position (maybe over another viewport). */
  pointDropped(viewport: V, pointId: number, clientX: number, clientY: number): void;
  /** Place mode is on and the reader clicked the image. */
  placing(): boolean;
  place(viewport: V, at: CanvasPoint): void;
  firstImage(viewport: V): void;
}
