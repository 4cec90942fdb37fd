import type { Vec3 } from '../../electron/common/geometry';
import type { Bounds } from './Bounds';
import { LineInFrame, type Frame } from './Frame';
import type { Tissue } from './Tissue';

/** A range of pixel indices [lo, hi] along an image row (empty when lo > hi). */
export interface RowSpan {
  lo: number;
  hi: number;
}

/**
 * One piece of anatomy: a signed distance field (mm, negative inside) with a tissue. The
 * renderer asks for distances a whole image row at a time (`distances`), so each shape's
 * inner loop stays monomorphic and cheap; `distanceAt` serves point probes and tests.
 */
export interface Shape {
  readonly tissue: Tissue;
  /** 0..1, shifts the tissue's signal (e.g. a degenerated disc's nucleus darkens on T2). */
  readonly variant: number;
  /** Nothing of the shape lies outside this box. */
  readonly bounds: Bounds;
  /** Writes the distance at p0 + i·step for i in [0, count) into out[0..count). */
  distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void;
  /**
   * The pixels of the row p0 + i·step (i in [0, count)) that may lie within `pad` mm of the
   * shape; every other pixel is farther out. The painter evaluates only those.
   */
  rowSpan(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, pad: number): RowSpan;
  /** Pixels of the row surely deeper inside than `pad` mm (may be empty: only a speed-up). */
  interiorSpan(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, pad: number): RowSpan;
  distanceAt(x: number, y: number, z: number): number;
}

/** A box in a frame's local coordinates that holds the whole shape. */
export interface LocalBox {
  readonly frame: Frame;
  readonly lo: Vec3;
  readonly hi: Vec3;
}

/**
 * What every shape shares: tissue, variant, the point probe written over `distances`, and a
 * row span clipped to the shape's local box (a tight box in the shape's own frame is much
 * tighter than its patient-space bounds when the shape is tilted).
 */
export abstract class BaseShape implements Shape {
  private readonly probe = new Float32Array(1);
  private readonly span: RowSpan = { lo: 0, hi: 0 };
  private readonly spanLine = new LineInFrame();

  constructor(
    readonly tissue: Tissue,
    readonly variant: number,
    readonly bounds: Bounds,
    private readonly localBox: LocalBox | null = null,
  ) {}

  abstract distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void;

  rowSpan(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, pad: number): RowSpan {
    const span = this.span;
    span.lo = 0;
    span.hi = count - 1;
    const box = this.localBox;
    if (!box) return span;
    const line = this.spanLine.set(box.frame, x0, y0, z0, dx, dy, dz);
    clipSlab(span, line.l, line.dl, box.lo[0] - pad, box.hi[0] + pad);
    clipSlab(span, line.a, line.da, box.lo[1] - pad, box.hi[1] + pad);
    clipSlab(span, line.t, line.dt, box.lo[2] - pad, box.hi[2] + pad);
    return span;
  }

  interiorSpan(_x0: number, _y0: number, _z0: number, _dx: number, _dy: number, _dz: number, _count: number, _pad: number): RowSpan {
    this.span.lo = 1;
    this.span.hi = 0;
    return this.span;
  }

  distanceAt(x: number, y: number, z: number): number {
    this.distances(x, y, z, 0, 0, 0, 1, this.probe);
    return this.probe[0] as number;
  }
}

/** Narrows `span` to the indices i where lo ≤ start + i·step ≤ hi (rounded outwards). */
export function clipSlab(span: RowSpan, start: number, step: number, lo: number, hi: number): void {
  narrowToSlab(span, start, step, lo, hi, true);
}

/** Narrows `span` to the indices i where lo ≤ start + i·step ≤ hi surely (rounded inwards). */
export function clipSlabInward(span: RowSpan, start: number, step: number, lo: number, hi: number): void {
  narrowToSlab(span, start, step, lo, hi, false);
}

function narrowToSlab(span: RowSpan, start: number, step: number, lo: number, hi: number, outward: boolean): void {
  if (step === 0) {
    if (start < lo || start > hi) span.hi = span.lo - 1;
    return;
  }
  let a = (lo - start) / step;
  let b = (hi - start) / step;
  if (a > b) [a, b] = [b, a];
  const first = outward ? Math.floor(a) : Math.ceil(a);
  const last = outward ? Math.ceil(b) : Math.floor(b);
  if (first > span.lo) span.lo = first;
  if (last < span.hi) span.hi = last;
}
