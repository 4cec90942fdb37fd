import { ellipseDistance } from './sdf';
import { BaseShape } from './Shape';
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
 * only depends on z (constant along a sagittal image row). `maxY` optionally flattens the
 * posterior side (the back lying on the table). Distances beyond CLAMP_MM are clamped.
 */
export class VerticalTube extends BaseShape {
  private readonly z: Float64Array;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly rx: Float64Array;
  private readonly ry: Float64Array;

  constructor(
    tissue: Tissue,
    knots: readonly TubeKnot[],
    variant = 0,
    private readonly maxY = Infinity,
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
    this.z = Float64Array.from(knots, (k) => k.z);
    this.x = Float64Array.from(knots, (k) => k.x);
    this.y = Float64Array.from(knots, (k) => k.y);
    this.rx = Float64Array.from(knots, (k) => k.rx);
    this.ry = Float64Array.from(knots, (k) => k.ry);
  }

  distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void {
    const zs = this.z;
    const last = zs.length - 1;
    const zMin = zs[0] as number;
    const zMax = zs[last] as number;
    const maxY = this.maxY;
    let seg = 0;
    let sectionZ = NaN;
    let cx = 0;
    let cy = 0;
    let rx = 1;
    let ry = 1;
    let inner = 0;
    let outer = 0;
    for (let i = 0; i < count; i++) {
      const px = x0 + i * dx;
      const py = y0 + i * dy;
      const pz = z0 + i * dz;
      const zc = pz < zMin ? zMin : pz > zMax ? zMax : pz;
      if (zc !== sectionZ) {
        // The cross-section changes only with z: on a sagittal image row it is computed once.
        sectionZ = zc;
        while (seg < last - 1 && zc > (zs[seg + 1] as number)) seg++;
        while (seg > 0 && zc < (zs[seg] as number)) seg--;
        const z0s = zs[seg] as number;
        const f = (zc - z0s) / ((zs[seg + 1] as number) - z0s);
        cx = lerp(this.x, seg, f);
        cy = lerp(this.y, seg, f);
        rx = lerp(this.rx, seg, f);
        ry = lerp(this.ry, seg, f);
        // Similar ellipses scaled by k lie at least (k − 1)·min(rx, ry) apart, so outside
        // these bounds of the normalised radius the point is surely farther than CLAMP_MM.
        const rMin = rx < ry ? rx : ry;
        const kIn = 1 - CLAMP_MM / rMin;
        const kOut = 1 + CLAMP_MM / rMin;
        inner = kIn > 0 ? kIn * kIn : -1;
        outer = kOut * kOut;
      }
      const ex = (px - cx) / rx;
      const ey = (py - cy) / ry;
      const q = ex * ex + ey * ey;
      let d = q < inner ? -CLAMP_MM : q > outer ? CLAMP_MM : ellipseDistance(px - cx, py - cy, rx, ry);
      const back = py - maxY;
      if (back > d) d = back;
      const outside = pz < zMin ? zMin - pz : pz > zMax ? pz - zMax : 0;
      out[i] = outside > 0 ? (d > 0 ? Math.sqrt(d * d + outside * outside) : outside) : d;
    }
  }
}

function lerp(values: Float64Array, index: number, f: number): number {
  const a = values[index] as number;
  return a + f * ((values[index + 1] as number) - a);
}
