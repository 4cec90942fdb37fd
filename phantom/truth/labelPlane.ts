import { cross, normalize, type Vec3 } from '../../electron/common/geometry';
import type { RenderGrid } from '../render/RenderGrid';
import { paintShapes } from '../render/paintShapes';
import type { Shape } from '../scene/Shape';

export interface LabelPlane {
  readonly grid: RenderGrid;
  readonly labels: Uint8Array;
}

/**
 * The tissue labels of the anatomy model on a small square of a plane (no image, no blur):
 * `size` mm wide around `centre`, `u` along columns and `v` along rows, at `spacing` mm.
 * Measurements and tests read anatomy through it.
 */
export function labelPlane(shapes: readonly Shape[], centre: Vec3, u: Vec3, v: Vec3, size: number, spacing: number): LabelPlane {
  const n = Math.max(1, Math.round(size / spacing));
  const uu = normalize(u);
  const vv = normalize(v);
  const half = ((n - 1) / 2) * spacing;
  const grid: RenderGrid = {
    origin: [centre[0] - half * (uu[0] + vv[0]), centre[1] - half * (uu[1] + vv[1]), centre[2] - half * (uu[2] + vv[2])],
    columnStep: [uu[0] * spacing, uu[1] * spacing, uu[2] * spacing],
    rowStep: [vv[0] * spacing, vv[1] * spacing, vv[2] * spacing],
    columns: n,
    rows: n,
    pixelSize: spacing,
    normal: normalize(cross(uu, vv)),
  };
  const labels = new Uint8Array(n * n);
  paintShapes(shapes, { grid, channels: [], labels }, spacing * 0.01);
  return { grid, labels };
}

/**
 * Pixels connected (4-neighbour) to the one nearest the centre whose label is in `free`,
 * starting from the nearest such pixel within `searchRadius` pixels; empty if none.
 */
export function floodFromCentre(plane: LabelPlane, free: ReadonlySet<number>, searchRadius: number): Uint8Array {
  const { columns: w, rows: h } = plane.grid;
  const mask = new Uint8Array(w * h);
  const cx = Math.floor(w / 2);
  const cy = Math.floor(h / 2);
  let start = -1;
  let bestDistance = Infinity;
  for (let dy = -searchRadius; dy <= searchRadius; dy++) {
    for (let dx = -searchRadius; dx <= searchRadius; dx++) {
      const x = cx + dx;
      const y = cy + dy;
      if (x < 0 || y < 0 || x >= w || y >= h) continue;
      const distance = dx * dx + dy * dy;
      if (distance < bestDistance && free.has(plane.labels[y * w + x] as number)) {
        bestDistance = distance;
        start = y * w + x;
      }
    }
  }
  if (start < 0) return mask;
  const stack = new Int32Array(w * h);
  let top = 0;
  stack[top++] = start;
  mask[start] = 1;
  const visit = (next: number): void => {
    if (mask[next] === 0 && free.has(plane.labels[next] as number)) {
      mask[next] = 1;
      stack[top++] = next;
    }
  };
  while (top > 0) {
    const index = stack[--top] as number;
    const x = index % w;
    if (x > 0) visit(index - 1);
    if (x < w - 1) visit(index + 1);
    if (index >= w) visit(index - w);
    if (index < w * (h - 1)) visit(index + w);
  }
  return mask;
}
