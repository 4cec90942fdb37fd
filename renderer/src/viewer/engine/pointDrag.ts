import type { OverlayPoint, OverlayScene } from './OverlayScene';
import type { CanvasPoint, ViewTransform } from './ViewTransform';

/** A label point being dragged and where the pointer holds it, in canvas pixels. */
export interface DraggedPoint {
  readonly point: OverlayPoint;
  readonly at: CanvasPoint;
}

/** The scene with a point being dragged drawn where the pointer is, on the slice shown. */
export function sceneWithDrag(scene: OverlayScene, drag: DraggedPoint | null, transform: ViewTransform): OverlayScene {
  if (!drag) return scene;
  const image = transform.canvasToImage(drag.at.x, drag.at.y);
  const dragged: OverlayPoint = { ...drag.point, x: image.x, y: image.y, onSlice: true, selected: true };
  return { ...scene, points: [...scene.points.filter((p) => p.id !== drag.point.id), dragged] };
}
