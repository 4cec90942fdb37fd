import type { DisplayedFrame, VoiWindow } from '../../../../electron/common/imaging';
import type { SliceRenderer } from './SliceRenderer';
import type { ViewTransform } from './ViewTransform';

/** The image layer: black, and the frame through its window where there is one to show. */
export function paintImage(
  canvas: HTMLCanvasElement,
  renderer: SliceRenderer,
  transform: ViewTransform,
  frame: DisplayedFrame | null,
  window: VoiWindow | null,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  if (!frame || !window) return;
  const source = renderer.render(frame, window);
  const rect = transform.imageRect();
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(source, rect.x, rect.y, rect.width, rect.height);
}
