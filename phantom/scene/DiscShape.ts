import type { Vec3 } from '../../electron/common/geometry';
import { boundsOfLocalBox, unionBounds } from './Bounds';
import { LineInFrame, type Frame } from './Frame';
import { kidneyDistance, type KidneyOutline } from './kidneyDistance';
import { ellipsoidDistance, roundedIntersection } from './sdf';
import { BaseShape } from './Shape';
import type { Tissue } from './Tissue';
import { endplateDip } from './VertebralBodyShape';

/** A body the disc lies against: its frame, outline and half height. */
export interface EndplateBody {
  readonly frame: Frame;
  readonly outline: KidneyOutline;
  readonly halfHeight: number;
}

/** A bulge or protrusion of the disc, an ellipsoid in the disc's frame (centre, semi-axes). */
export interface DiscBulge {
  readonly centre: Vec3;
  readonly radii: Vec3;
  /** How far (mm) the bulge may rise above or sink below the disc space (0: it stays inside). */
  readonly rise: number;
}

/**
 * An intervertebral disc: the space between the upper body's inferior endplate and the lower
 * body's superior endplate (so lordotic wedging follows from the bodies' tilt), inside a
 * kidney outline in the disc's own frame, united with bulges that narrow the canal, the
 * lateral recess or the foramen.
 */
export class DiscShape extends BaseShape {
  private readonly disc = new LineInFrame();
  private readonly upperLine = new LineInFrame();
  private readonly lowerLine = new LineInFrame();
  private readonly bulgeData: Float64Array;

  constructor(
    tissue: Tissue,
    private readonly f: Frame,
    private readonly outline: KidneyOutline,
    private readonly upper: EndplateBody,
    private readonly lower: EndplateBody,
    halfHeightBound: number,
    bulges: readonly DiscBulge[],
    private readonly inset = 0,
    variant = 0,
  ) {
    const core = boundsOfLocalBox(
      f,
      [-outline.halfWidth, -outline.halfDepth, -halfHeightBound],
      [outline.halfWidth, outline.posteriorWall, halfHeightBound],
    );
    const bulgeBounds = bulges.map((b) =>
      boundsOfLocalBox(
        f,
        [b.centre[0] - b.radii[0], b.centre[1] - b.radii[1], b.centre[2] - b.radii[2]],
        [b.centre[0] + b.radii[0], b.centre[1] + b.radii[1], b.centre[2] + b.radii[2]],
      ),
    );
    const lo: [number, number, number] = [-outline.halfWidth, -outline.halfDepth, -halfHeightBound];
    const hi: [number, number, number] = [outline.halfWidth, outline.posteriorWall, halfHeightBound];
    for (const b of bulges) {
      for (let k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k] as number, (b.centre[k] as number) - (b.radii[k] as number));
        hi[k] = Math.max(hi[k] as number, (b.centre[k] as number) + (b.radii[k] as number));
      }
    }
    super(tissue, variant, unionBounds([core, ...bulgeBounds]), { frame: f, lo, hi });
    this.bulgeData = Float64Array.from(bulges.flatMap((b) => [...b.centre, ...b.radii, b.rise]));
  }

  distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void {
    const ln = this.disc.set(this.f, x0, y0, z0, dx, dy, dz);
    const up = this.upperLine.set(this.upper.frame, x0, y0, z0, dx, dy, dz);
    const lo = this.lowerLine.set(this.lower.frame, x0, y0, z0, dx, dy, dz);
    const bulges = this.bulgeData;
    const upperHalf = this.upper.halfHeight;
    const lowerHalf = this.lower.halfHeight;
    for (let i = 0; i < count; i++) {
      const l = ln.l + i * ln.dl;
      const a = ln.a + i * ln.da;
      const t = ln.t + i * ln.dt;
      const ul = up.l + i * up.dl;
      const ua = up.a + i * up.da;
      const top = up.t + i * up.dt + upperHalf - endplateDip(ul, ua, this.upper.outline);
      const ll = lo.l + i * lo.dl;
      const la = lo.a + i * lo.da;
      const bottom = lowerHalf - endplateDip(ll, la, this.lower.outline) - (lo.t + i * lo.dt);
      const between = top > bottom ? top : bottom;
      let d = roundedIntersection(kidneyDistance(l, a, this.outline), between, 1.5);
      for (let b = 0; b < bulges.length; b += 7) {
        let db = ellipsoidDistance(
          l - (bulges[b] as number),
          a - (bulges[b + 1] as number),
          t - (bulges[b + 2] as number),
          bulges[b + 3] as number,
          bulges[b + 4] as number,
          bulges[b + 5] as number,
        );
        const clip = between - (bulges[b + 6] as number);
        if (clip > db) db = clip;
        if (db < d) d = db;
      }
      out[i] = d + this.inset;
    }
  }
}
