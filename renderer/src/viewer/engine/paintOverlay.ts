import { levelInfo } from '../../../../electron/common/vocabulary';
import { AI_COLOUR, CONDITION_COLOURS } from './colours';
import type { OverlayPoint, OverlayScene } from './OverlayScene';
import type { ViewTransform } from './ViewTransform';

/** Radius of a point marker in CSS pixels; the hit radius for dragging is a little larger. */
export const POINT_RADIUS = 6;

const FONT = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Draws the scene (lines, then boxes, then points on top) with the view transform; `dpr` scales strokes and text. */
export function paintOverlay(ctx: CanvasRenderingContext2D, transform: ViewTransform, scene: OverlayScene, dpr: number): void {
  ctx.save();
  ctx.font = FONT.replace('12px', `${12 * dpr}px`);
  ctx.textBaseline = 'middle';
  for (const line of scene.lines) {
    const a = transform.imageToCanvas(line.x1, line.y1);
    const b = transform.imageToCanvas(line.x2, line.y2);
    ctx.strokeStyle = line.colour;
    ctx.lineWidth = line.width * dpr;
    ctx.setLineDash(line.dashed ? [6 * dpr, 4 * dpr] : []);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
    if (line.text) {
      // Kept inside the canvas even when the image is panned partly out of view.
      const margin = 24 * dpr;
      const x = Math.min(ctx.canvas.width - margin, Math.max(margin, a.x + (b.x - a.x) * line.textAt));
      const t = Math.abs(b.x - a.x) > 1e-6 ? (x - a.x) / (b.x - a.x) : line.textAt;
      outlinedText(ctx, line.text, x, a.y + (b.y - a.y) * t - 9 * dpr, line.colour, 'center', dpr);
    }
  }
  ctx.setLineDash([]);
  for (const box of scene.boxes) {
    const a = transform.imageToCanvas(box.x1, box.y1);
    const b = transform.imageToCanvas(box.x2, box.y2);
    ctx.strokeStyle = box.colour;
    ctx.lineWidth = 1.5 * dpr;
    ctx.strokeRect(a.x, a.y, b.x - a.x, b.y - a.y);
    // Above the box's left corner, away from the label point's level text on its right.
    outlinedText(ctx, box.text, Math.min(a.x, b.x), Math.min(a.y, b.y) - 8 * dpr, box.colour, 'right', dpr);
  }
  const ordered = [...scene.points].sort((p, q) => Number(p.onSlice) - Number(q.onSlice) || Number(p.selected) - Number(q.selected));
  for (const point of ordered) paintPoint(ctx, transform, point, dpr);
  ctx.restore();
}

function paintPoint(ctx: CanvasRenderingContext2D, transform: ViewTransform, point: OverlayPoint, dpr: number): void {
  const at = transform.imageToCanvas(point.x, point.y);
  const colour = point.kind === 'ai' ? AI_COLOUR : CONDITION_COLOURS[point.condition];
  const r = POINT_RADIUS * dpr;
  ctx.globalAlpha = point.onSlice ? 1 : 0.4;
  ctx.lineWidth = 2 * dpr;
  ctx.strokeStyle = colour;
  if (point.kind === 'ai') {
    // A cross: the AI's suggestion, distinct from the reader's round markers.
    ctx.beginPath();
    ctx.moveTo(at.x - r, at.y - r);
    ctx.lineTo(at.x + r, at.y + r);
    ctx.moveTo(at.x + r, at.y - r);
    ctx.lineTo(at.x - r, at.y + r);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(at.x, at.y, r, 0, Math.PI * 2);
    ctx.fillStyle = point.onSlice ? colour : 'transparent';
    if (point.onSlice) ctx.fill();
    ctx.strokeStyle = point.onSlice ? '#000' : colour;
    ctx.lineWidth = (point.onSlice ? 1.5 : 2) * dpr;
    ctx.stroke();
    if (point.selected) {
      ctx.beginPath();
      ctx.arc(at.x, at.y, r + 4 * dpr, 0, Math.PI * 2);
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 2 * dpr;
      ctx.stroke();
    }
  }
  // A label point's level goes to its right; an AI point (a cross) is named by its box and the grid.
  if (point.kind === 'label' && (point.onSlice || point.selected))
    outlinedText(ctx, levelInfo(point.level).rsnaName, at.x + r + 5 * dpr, at.y, colour, 'left', dpr);
  ctx.globalAlpha = 1;
}

/** Text with a dark outline so it reads on any grey level. */
export function outlinedText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  colour: string,
  align: CanvasTextAlign,
  dpr: number,
): void {
  ctx.textAlign = align;
  ctx.lineWidth = 3 * dpr;
  ctx.strokeStyle = 'rgba(0,0,0,0.85)';
  ctx.lineJoin = 'round';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = colour;
  ctx.fillText(text, x, y);
}
