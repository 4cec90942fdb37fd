import type { Vec3 } from '../../electron/common/geometry';
import type { Shape } from '../scene/Shape';
import { gridCoordinates, type RenderGrid } from './RenderGrid';

/** One image being painted: its signal per pixel and how bright each shape is in it. */
export interface PaintChannel {
  readonly values: Float32Array;
  readonly signalOf: (shape: Shape) => number;
}

export interface PaintTarget {
  readonly grid: RenderGrid;
  /** Images sharing this grid (e.g. sagittal T1 and T2 with the same slice prescription). */
  readonly channels: readonly PaintChannel[];
  /** Tissue id per pixel (the last shape covering more than half of it), or null. */
  readonly labels: Uint8Array | null;
}

/**
 * Paints shapes in order, each over the ones before (a painter's algorithm on signed
 * distances): a pixel takes α·signal + (1−α)·previous, where α ramps from 1 to 0 across
 * `edgeWidth` mm around the surface. The ramp stands in for partial-volume averaging over the
 * pixel and the slice thickness, so edges are soft as on a real MR image. Each shape is
 * evaluated only inside the pixel rectangle its bounds project to, and once for all channels:
 * the distance is the costly part, blending is cheap.
 */
export function paintShapes(shapes: readonly Shape[], target: PaintTarget, edgeWidth: number): void {
  const { grid, channels, labels } = target;
  const half = edgeWidth / 2;
  const row = new RowPainter(grid.columns, channels, labels, edgeWidth);
  for (const shape of shapes) {
    const rect = pixelRect(grid, shape.bounds.min, shape.bounds.max, half);
    if (!rect) continue;
    row.startShape(shape);
    const rowCount = rect.i1 - rect.i0 + 1;
    const { origin, columnStep: cs, rowStep: rs } = grid;
    for (let j = rect.j0; j <= rect.j1; j++) {
      const rowX = origin[0] + j * rs[0] + rect.i0 * cs[0];
      const rowY = origin[1] + j * rs[1] + rect.i0 * cs[1];
      const rowZ = origin[2] + j * rs[2] + rect.i0 * cs[2];
      const span = shape.rowSpan(rowX, rowY, rowZ, cs[0], cs[1], cs[2], rowCount, half);
      if (span.lo > span.hi) continue;
      const lo = span.lo;
      const hi = span.hi;
      const rowStart = j * grid.columns + rect.i0;
      // Pixels surely inside are filled without evaluating the distance.
      const inside = shape.interiorSpan(rowX, rowY, rowZ, cs[0], cs[1], cs[2], rowCount, half);
      const innerLo = Math.max(inside.lo, lo);
      const innerHi = Math.min(inside.hi, hi);
      if (innerLo > innerHi) {
        row.blend(shape, rowX, rowY, rowZ, cs, rowStart, lo, hi);
        continue;
      }
      if (innerLo > lo) row.blend(shape, rowX, rowY, rowZ, cs, rowStart, lo, innerLo - 1);
      row.fill(rowStart + innerLo, rowStart + innerHi + 1);
      if (innerHi < hi) row.blend(shape, rowX, rowY, rowZ, cs, rowStart, innerHi + 1, hi);
    }
  }
}

/** Blends one shape into the channels along stretches of one image row. */
class RowPainter {
  private readonly distances: Float32Array;
  private readonly alphas: Float32Array;
  private readonly signals: Float64Array;
  private readonly half: number;
  private readonly invEdge: number;
  private tissue = 0;

  constructor(
    columns: number,
    private readonly channels: readonly PaintChannel[],
    private readonly labels: Uint8Array | null,
    edgeWidth: number,
  ) {
    this.distances = new Float32Array(columns);
    this.alphas = new Float32Array(columns);
    this.signals = new Float64Array(channels.length);
    this.half = edgeWidth / 2;
    this.invEdge = 1 / edgeWidth;
  }

  startShape(shape: Shape): void {
    for (let c = 0; c < this.channels.length; c++) this.signals[c] = (this.channels[c] as PaintChannel).signalOf(shape);
    this.tissue = shape.tissue;
  }

  /** Pixels [from, to) of the image are fully inside the shape. */
  fill(from: number, to: number): void {
    for (let c = 0; c < this.channels.length; c++) (this.channels[c] as PaintChannel).values.fill(this.signals[c] as number, from, to);
    if (this.labels) this.labels.fill(this.tissue, from, to);
  }

  /** Row pixels lo … hi (relative to the row's first pixel at rowStart, position rowX/Y/Z). */
  blend(shape: Shape, rowX: number, rowY: number, rowZ: number, cs: Vec3, rowStart: number, lo: number, hi: number): void {
    const count = hi - lo + 1;
    const { distances, alphas, half, invEdge } = this;
    shape.distances(rowX + lo * cs[0], rowY + lo * cs[1], rowZ + lo * cs[2], cs[0], cs[1], cs[2], count, distances);
    let any = false;
    for (let k = 0; k < count; k++) {
      const d = distances[k] as number;
      const alpha = d >= half ? 0 : d <= -half ? 1 : 0.5 - d * invEdge;
      alphas[k] = alpha;
      if (alpha > 0) any = true;
    }
    if (!any) return;
    const first = rowStart + lo;
    for (let c = 0; c < this.channels.length; c++) {
      const values = (this.channels[c] as PaintChannel).values;
      const signal = this.signals[c] as number;
      for (let k = 0; k < count; k++) {
        const alpha = alphas[k] as number;
        if (alpha === 0) continue;
        const index = first + k;
        values[index] = alpha === 1 ? signal : (values[index] as number) + alpha * (signal - (values[index] as number));
      }
    }
    if (this.labels) {
      for (let k = 0; k < count; k++) if ((alphas[k] as number) > 0.5) this.labels[first + k] = this.tissue;
    }
  }
}

interface PixelRect {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

/** The pixel rectangle an axis-aligned box projects to, or null if it misses the plane. */
export function pixelRect(grid: RenderGrid, min: Vec3, max: Vec3, pad: number): PixelRect | null {
  let iMin = Infinity;
  let iMax = -Infinity;
  let jMin = Infinity;
  let jMax = -Infinity;
  let above = 0;
  let below = 0;
  for (let corner = 0; corner < 8; corner++) {
    const p: Vec3 = [corner & 1 ? max[0] : min[0], corner & 2 ? max[1] : min[1], corner & 4 ? max[2] : min[2]];
    const c = gridCoordinates(grid, p);
    if (c.distance > pad) above++;
    if (c.distance < -pad) below++;
    iMin = Math.min(iMin, c.column);
    iMax = Math.max(iMax, c.column);
    jMin = Math.min(jMin, c.row);
    jMax = Math.max(jMax, c.row);
  }
  if (above === 8 || below === 8) return null;
  const padPixels = pad / grid.pixelSize + 1;
  const i0 = Math.max(0, Math.floor(iMin - padPixels));
  const i1 = Math.min(grid.columns - 1, Math.ceil(iMax + padPixels));
  const j0 = Math.max(0, Math.floor(jMin - padPixels));
  const j1 = Math.min(grid.rows - 1, Math.ceil(jMax + padPixels));
  if (i0 > i1 || j0 > j1) return null;
  return { i0, i1, j0, j1 };
}
