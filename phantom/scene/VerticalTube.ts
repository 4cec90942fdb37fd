import { ellipseDistance } from './sdf';
import { BaseShape, clipSlab, clipSlabInward, type RowSpan } from './Shape';
import type { Tissue } from './Tissue';

/**
 * Distances farther than this from the surface are reported as ±CLAMP_MM: the painter and the
 * label probes only need the sign there, and skipping the exact formula makes the large tubes
 * (torso, muscles) cheap.
 */
export const CLAMP_MM = 4;

/** One cross-section of a tube: height z and the ellipse (centre, semi-axes) in the x–y plane. */
export interface TubeKnot {
  readonly z: number;
  readonly x: number;
  readonly y: number;
  readonly rx: number;
  readonly ry: number;
}

/**
 * A tube of elliptic horizontal cross-sections, interpolated linearly between knots sorted by
 * z, with flat ends: torso, muscles, vessels, the thecal sac. Cheap because the cross-section
 * only depends on z (constant along an image row at constant height). `maxY` optionally
 * flattens the posterior side (the back lying on the table); `shell` keeps only a thin wall.
 * Distances beyond CLAMP_MM are clamped.
 */
export class VerticalTube extends BaseShape {
  private readonly knotZ: Float64Array;
  private readonly knotX: Float64Array;
  private readonly knotY: Float64Array;
  private readonly knotRx: Float64Array;
  private readonly knotRy: Float64Array;
  // The cross-section at the last height asked for.
  private sectionZ = NaN;
  private segment = 0;
  private cx = 0;
  private cy = 0;
  private rx = 1;
  private ry = 1;
  private inner = 0;
  private outer = 0;

  constructor(
    tissue: Tissue,
    knots: readonly TubeKnot[],
    variant = 0,
    private readonly maxY = Infinity,
    /** If > 0, only a wall this thick (mm) around the outline: a fascial plane between muscles. */
    private readonly shell = 0,
  ) {
    if (knots.length < 2) throw new Error('a tube needs at least two knots');
    for (let i = 1; i < knots.length; i++) {
      if ((knots[i] as TubeKnot).z <= (knots[i - 1] as TubeKnot).z) throw new Error('tube knots must be sorted by strictly increasing z');
    }
    const minX = Math.min(...knots.map((k) => k.x - k.rx));
    const maxX = Math.max(...knots.map((k) => k.x + k.rx));
    const minY = Math.min(...knots.map((k) => k.y - k.ry));
    const maxYb = Math.min(maxY, Math.max(...knots.map((k) => k.y + k.ry)));
    super(tissue, variant, {
      min: [minX, minY, (knots[0] as TubeKnot).z],
      max: [maxX, maxYb, (knots[knots.length - 1] as TubeKnot).z],
    });
    this.knotZ = Float64Array.from(knots, (k) => k.z);
    this.knotX = Float64Array.from(knots, (k) => k.x);
    this.knotY = Float64Array.from(knots, (k) => k.y);
    this.knotRx = Float64Array.from(knots, (k) => k.rx);
    this.knotRy = Float64Array.from(knots, (k) => k.ry);
  }

  distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void {
    if (dz === 0 && this.spansHeight(z0)) {
      this.horizontalRow(x0, y0, z0, dx, dy, count, out);
      return;
    }
    const zMin = this.knotZ[0] as number;
    const zMax = this.knotZ[this.knotZ.length - 1] as number;
    for (let i = 0; i < count; i++) {
      const px = x0 + i * dx;
      const py = y0 + i * dy;
      const pz = z0 + i * dz;
      this.section(pz < zMin ? zMin : pz > zMax ? zMax : pz);
      const d = this.sectionDistance(px, py);
      const outside = pz < zMin ? zMin - pz : pz > zMax ? pz - zMax : 0;
      const e = outside > 0 ? (d > 0 ? Math.sqrt(d * d + outside * outside) : outside) : d;
      out[i] = this.shell > 0 ? Math.abs(e) - this.shell / 2 : e;
    }
  }

  /** On a row at constant height, only the pixels inside the widened ellipse can be near. */
  override rowSpan(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, pad: number): RowSpan {
    const span = super.rowSpan(x0, y0, z0, dx, dy, dz, count, pad);
    if (dz !== 0 || !this.spansHeight(z0) || pad >= CLAMP_MM) return span;
    this.section(z0);
    const [lo, hi] = this.normalisedRadiusBelow(x0, y0, dx, dy, this.outer, count);
    if (lo > span.lo) span.lo = lo;
    if (hi < span.hi) span.hi = hi;
    if (this.maxY !== Infinity) clipSlab(span, y0, dy, -Infinity, this.maxY + pad);
    return span;
  }

  /** On a row at constant height, the stretch inside the shrunk ellipse (and before the flat back). */
  override interiorSpan(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, pad: number): RowSpan {
    const span = super.interiorSpan(x0, y0, z0, dx, dy, dz, count, pad);
    if (dz !== 0 || !this.spansHeight(z0) || pad >= CLAMP_MM || this.shell > 0) return span;
    this.section(z0);
    if (this.inner <= 0) return span;
    const [lo, hi] = this.normalisedRadiusBelow(x0, y0, dx, dy, this.inner, count);
    span.lo = lo;
    span.hi = hi;
    if (this.maxY !== Infinity) clipSlabInward(span, y0, dy, -Infinity, this.maxY - pad);
    return span;
  }

  private spansHeight(z: number): boolean {
    return z >= (this.knotZ[0] as number) && z <= (this.knotZ[this.knotZ.length - 1] as number);
  }

  /**
   * A row at constant height (every sagittal and axial image row here): the cross-section is
   * one ellipse, so the stretches surely inside or outside (beyond CLAMP_MM) are found by
   * solving two quadratics, and only the pixels near the outline get the distance formula.
   */
  private horizontalRow(x0: number, y0: number, z: number, dx: number, dy: number, count: number, out: Float32Array): void {
    this.section(z);
    const [outerLo, outerHi] = this.normalisedRadiusBelow(x0, y0, dx, dy, this.outer, count);
    const [innerLo, innerHi] = this.inner > 0 ? this.normalisedRadiusBelow(x0, y0, dx, dy, this.inner, count) : [1, 0];
    const maxY = this.maxY;
    const shell = this.shell;
    for (let i = 0; i < count; i++) {
      let d: number;
      if (i < outerLo || i > outerHi) d = CLAMP_MM;
      else if (i >= innerLo && i <= innerHi) d = -CLAMP_MM;
      else d = this.sectionDistance(x0 + i * dx, y0 + i * dy);
      if (maxY !== Infinity) {
        const back = y0 + i * dy - maxY;
        if (back > d) d = back;
      }
      out[i] = shell > 0 ? Math.abs(d) - shell / 2 : d;
    }
  }

  /**
   * The index range [lo, hi] (clipped to the row, empty when lo > hi) where the squared
   * normalised radius |((x − cx)/rx, (y − cy)/ry)|², a quadratic in i, stays below k. Rounded
   * inwards, so pixels on the boundary get the exact formula.
   */
  private normalisedRadiusBelow(x0: number, y0: number, dx: number, dy: number, k: number, count: number): [number, number] {
    const ax = (x0 - this.cx) / this.rx;
    const ay = (y0 - this.cy) / this.ry;
    const bx = dx / this.rx;
    const by = dy / this.ry;
    const A = bx * bx + by * by;
    const B = ax * bx + ay * by;
    const C = ax * ax + ay * ay;
    if (A <= 0) return C < k ? [0, count - 1] : [1, 0];
    const disc = B * B - A * (C - k);
    if (disc <= 0) return [1, 0];
    const root = Math.sqrt(disc);
    return [Math.max(0, Math.ceil((-B - root) / A)), Math.min(count - 1, Math.floor((-B + root) / A))];
  }

  /** Interpolates the cross-section at height z (within the knots), cached. */
  private section(z: number): void {
    if (z === this.sectionZ) return;
    this.sectionZ = z;
    const zs = this.knotZ;
    const last = zs.length - 1;
    let seg = this.segment;
    while (seg < last - 1 && z > (zs[seg + 1] as number)) seg++;
    while (seg > 0 && z < (zs[seg] as number)) seg--;
    this.segment = seg;
    const z0s = zs[seg] as number;
    const f = (z - z0s) / ((zs[seg + 1] as number) - z0s);
    this.cx = lerp(this.knotX, seg, f);
    this.cy = lerp(this.knotY, seg, f);
    this.rx = lerp(this.knotRx, seg, f);
    this.ry = lerp(this.knotRy, seg, f);
    // Similar ellipses scaled by k lie at least |k − 1|·min(rx, ry) apart, so outside these
    // bounds of the normalised radius the point is surely farther than CLAMP_MM.
    const rMin = this.rx < this.ry ? this.rx : this.ry;
    const kIn = 1 - CLAMP_MM / rMin;
    const kOut = 1 + CLAMP_MM / rMin;
    this.inner = kIn > 0 ? kIn * kIn : -1;
    this.outer = kOut * kOut;
  }

  /** Distance to the current cross-section (clamped beyond CLAMP_MM), with the flat back. */
  private sectionDistance(px: number, py: number): number {
    const ex = (px - this.cx) / this.rx;
    const ey = (py - this.cy) / this.ry;
    const q = ex * ex + ey * ey;
    let d = q < this.inner ? -CLAMP_MM : q > this.outer ? CLAMP_MM : ellipseDistance(px - this.cx, py - this.cy, this.rx, this.ry);
    const back = py - this.maxY;
    if (back > d) d = back;
    return d;
  }
}

function lerp(values: Float64Array, index: number, f: number): number {
  const a = values[index] as number;
  return a + f * ((values[index + 1] as number) - a);
}
