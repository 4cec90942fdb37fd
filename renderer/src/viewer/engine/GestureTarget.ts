import type { VoiWindow } from '../../../../electron/common/imaging';
import type { OverlayPoint } from './OverlayScene';
import type { CanvasPoint, ViewTransform } from './ViewTransform';

/**
 * What a viewport's mouse and wheel input acts on. Viewport implements it; ViewportGestures
 * sees only this, so the two files do not import each other (issue 12).
 */
export interface GestureTarget {
  /** The element that takes keyboard focus when the view is clicked. */
  readonly container: HTMLElement;
  readonly transform: ViewTransform;
  /** Canvas pixels per CSS pixel. */
  readonly pixelRatio: number;
  scrollBy(delta: number): void;
  /** Zooms about a canvas point. */
  zoomAt(factor: number, x: number, y: number): void;
  /** Pans by CSS pixels. */
  panBy(dx: number, dy: number): void;
  fit(): void;
  currentWindow(): VoiWindow | null;
  setWindow(window: VoiWindow): void;
  hasImage(): boolean;
  /** The point of the current slice under a canvas position, if any. */
  pointAt(at: CanvasPoint): OverlayPoint | null;
  /** Redraws the overlay only (a point being dragged). */
  redrawOverlay(): void;
  /** A point was clicked: its cell becomes the selected one. */
  pickPoint(point: OverlayPoint): void;
  /** Whether place mode is on (a click on the image places the selected cell's point). */
  placing(): boolean;
  /** Places the selected cell's point at an image position. */
  place(at: CanvasPoint): void;
  /** A dragged label point was let go at a client position (maybe over another view). */
  dropPoint(pointId: number, clientX: number, clientY: number): void;
}
