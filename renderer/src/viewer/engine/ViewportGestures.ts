import type { VoiWindow } from '../../../../electron/common/imaging';
import type { GestureTarget } from './GestureTarget';
import type { OverlayPoint } from './OverlayScene';
import type { DraggedPoint } from './pointDrag';
import type { CanvasPoint } from './ViewTransform';

type Gesture =
  | { kind: 'window'; x: number; y: number; start: VoiWindow }
  | { kind: 'pan'; x: number; y: number }
  | { kind: 'zoom'; y: number; anchorX: number; anchorY: number }
  | { kind: 'point'; point: OverlayPoint; at: CanvasPoint; moved: boolean };

/**
 * A viewport's mouse and wheel input (shortcuts/shortcuts.ts lists it for the reader): wheel =
 * slice, Ctrl+wheel = zoom; drag a point = move it (the wheel meanwhile changes slice, a drop
 * on another view moves it there); in place mode a click places the cell's point; otherwise
 * left drag = window/level, Shift/middle drag = pan, Ctrl/right drag = zoom; double-click = fit.
 */
export class ViewportGestures {
  private gesture: Gesture | null = null;
  private wheelRemainder = 0;

  constructor(
    private readonly view: GestureTarget,
    private readonly canvas: HTMLCanvasElement,
  ) {
    canvas.addEventListener('wheel', this.onWheel, { passive: false });
    canvas.addEventListener('pointerdown', this.onPointerDown);
    canvas.addEventListener('pointermove', this.onPointerMove);
    canvas.addEventListener('pointerup', this.onPointerUp);
    canvas.addEventListener('pointercancel', this.onPointerUp);
    canvas.addEventListener('dblclick', () => view.fit());
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  }

  /** The label point being dragged and where the pointer holds it, once it has moved. */
  draggedPoint(): DraggedPoint | null {
    const g = this.gesture;
    return g?.kind === 'point' && g.moved ? { point: g.point, at: g.at } : null;
  }

  private canvasPoint(event: MouseEvent): CanvasPoint {
    return { x: event.offsetX * this.view.pixelRatio, y: event.offsetY * this.view.pixelRatio };
  }

  private readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) {
      const at = this.canvasPoint(event);
      this.view.zoomAt(event.deltaY < 0 ? 1.1 : 1 / 1.1, at.x, at.y);
      return;
    }
    // One slice per wheel notch (100 px in pixel mode, 3 lines in line mode); trackpads add up.
    const pixels = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;
    this.wheelRemainder += pixels;
    const steps = Math.trunc(this.wheelRemainder / 100) || (Math.abs(pixels) >= 100 ? Math.sign(pixels) : 0);
    if (steps !== 0) {
      this.wheelRemainder = 0;
      this.view.scrollBy(steps);
    }
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    this.view.container.focus({ preventScroll: true });
    const at = this.canvasPoint(event);
    const hit = event.button === 0 && !event.shiftKey && !event.ctrlKey ? this.view.pointAt(at) : null;
    const window = this.view.currentWindow();
    if (hit) {
      this.view.pickPoint(hit);
      if (hit.id !== null) this.gesture = { kind: 'point', point: hit, at, moved: false };
    } else if (event.button === 0 && this.view.placing() && this.view.hasImage()) {
      this.view.place(this.view.transform.canvasToImage(at.x, at.y));
      return;
    } else if (event.button === 1 || (event.button === 0 && event.shiftKey)) {
      this.gesture = { kind: 'pan', x: event.clientX, y: event.clientY };
    } else if (event.button === 2 || (event.button === 0 && event.ctrlKey)) {
      this.gesture = { kind: 'zoom', y: event.clientY, anchorX: at.x, anchorY: at.y };
    } else if (event.button === 0 && window) {
      this.gesture = { kind: 'window', x: event.clientX, y: event.clientY, start: window };
    }
    if (this.gesture) this.canvas.setPointerCapture(event.pointerId);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const g = this.gesture;
    if (!g) {
      const over = this.view.pointAt(this.canvasPoint(event));
      this.canvas.style.cursor = over ? 'grab' : this.view.placing() ? 'crosshair' : 'default';
      return;
    }
    switch (g.kind) {
      case 'window': {
        // Right widens the window, down raises the level; the step follows the width so fine and coarse both work.
        const step = Math.max(g.start.width, 1) / 250;
        this.view.setWindow({ width: g.start.width + (event.clientX - g.x) * step, center: g.start.center + (event.clientY - g.y) * step });
        break;
      }
      case 'pan':
        this.view.panBy(event.clientX - g.x, event.clientY - g.y);
        g.x = event.clientX;
        g.y = event.clientY;
        break;
      case 'zoom':
        this.view.zoomAt(Math.exp(-(event.clientY - g.y) / 150), g.anchorX, g.anchorY);
        g.y = event.clientY;
        break;
      case 'point':
        g.at = this.canvasPoint(event);
        g.moved = true;
        this.canvas.style.cursor = 'grabbing';
        this.view.redrawOverlay();
        break;
    }
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    const g = this.gesture;
    this.gesture = null;
    if (this.canvas.hasPointerCapture(event.pointerId)) this.canvas.releasePointerCapture(event.pointerId);
    if (g?.kind === 'point' && g.moved && g.point.id !== null && event.type === 'pointerup') {
      this.view.dropPoint(g.point.id, event.clientX, event.clientY);
    }
    this.view.redrawOverlay();
  };
}
