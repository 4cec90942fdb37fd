import { EMPTY_SCENE, type OverlayPoint, type OverlayScene } from './OverlayScene';
import { paintAnnotations, type Annotations } from './paintAnnotations';
import { paintOverlay, POINT_RADIUS } from './paintOverlay';
import { sceneWithDrag, type DraggedPoint } from './pointDrag';
import type { CanvasPoint, ViewTransform } from './ViewTransform';

/**
 * A viewport's overlay canvas: the scene of its current slice (built by the engine, again only
 * once marked stale), a point being dragged, the corner texts; and which point lies under the
 * pointer.
 */
export class OverlayLayer {
  private scene: OverlayScene = EMPTY_SCENE;
  private stale = true;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly transform: ViewTransform,
    private readonly buildScene: () => OverlayScene,
  ) {}

  /** What the scene shows changed: it is built again at the next paint. */
  markStale(): void {
    this.stale = true;
  }

  /** `withScene`: the image is on screen, so its points, boxes and lines are drawn over it. */
  paint(withScene: boolean, drag: DraggedPoint | null, annotations: Annotations, pixelRatio: number): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const { width, height } = this.canvas;
    ctx.clearRect(0, 0, width, height);
    if (this.stale) {
      this.scene = this.buildScene();
      this.stale = false;
    }
    if (withScene) paintOverlay(ctx, this.transform, sceneWithDrag(this.scene, drag, this.transform), pixelRatio);
    paintAnnotations(ctx, width, height, pixelRatio, annotations);
  }

  /** The point of the current slice under a canvas position, if any (within its marker plus a little). */
  pointAt(at: CanvasPoint, pixelRatio: number): OverlayPoint | null {
    let best: OverlayPoint | null = null;
    let bestDistance = (POINT_RADIUS + 4) * pixelRatio;
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
}
