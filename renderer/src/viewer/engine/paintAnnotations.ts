import type { EdgeLabels } from '../../../../electron/common/geometry';
import { outlinedText } from './paintOverlay';

export interface Annotations {
  readonly title: string;
  readonly slice: string;
  readonly position: string;
  readonly display: string;
  readonly orientation: EdgeLabels | null;
  readonly notice: string | null;
}

const TEXT = '#e3e7ec';
const MARKER = '#ffd34f';

/** Corner texts and the orientation markers at the middle of each edge (PS3.3 C.7.6.1.1.1 letters). */
export function paintAnnotations(ctx: CanvasRenderingContext2D, width: number, height: number, dpr: number, a: Annotations): void {
  ctx.save();
  const pad = 8 * dpr;
  const line = 16 * dpr;
  ctx.font = `${12 * dpr}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  ctx.textBaseline = 'middle';
  outlinedText(ctx, fitText(ctx, a.title, width / 2 - 24 * dpr), pad, pad + line / 2, TEXT, 'left', dpr);
  outlinedText(ctx, a.slice, pad, pad + line * 1.5, TEXT, 'left', dpr);
  outlinedText(ctx, a.position, pad, height - pad - line / 2, TEXT, 'left', dpr);
  outlinedText(ctx, a.display, width - pad, height - pad - line / 2, TEXT, 'right', dpr);
  if (a.orientation) {
    ctx.font = `700 ${14 * dpr}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
    outlinedText(ctx, a.orientation.top, width / 2, pad + line / 2, MARKER, 'center', dpr);
    outlinedText(ctx, a.orientation.bottom, width / 2, height - pad - line * 1.6, MARKER, 'center', dpr);
    outlinedText(ctx, a.orientation.left, pad, height / 2, MARKER, 'left', dpr);
    outlinedText(ctx, a.orientation.right, width - pad, height / 2, MARKER, 'right', dpr);
  }
  if (a.notice) {
    ctx.font = `${13 * dpr}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
    outlinedText(ctx, a.notice, width / 2, height / 2, TEXT, 'center', dpr);
  }
  ctx.restore();
}

/** Shortens text with an ellipsis to fit a width (so corner texts never run into the markers). */
function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end)}…`).width > width) end--;
  return `${text.slice(0, end)}…`;
}
