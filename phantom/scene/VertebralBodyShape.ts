import type { Vec3 } from '../../electron/common/geometry';
import { boundsOfLocalBox } from './Bounds';
import { LineInFrame, type Frame } from './Frame';
import { kidneyDistance, type KidneyOutline } from './kidneyDistance';
import { roundedIntersection } from './sdf';
import { BaseShape } from './Shape';
import type { Tissue } from './Tissue';

/** Endplates dip by this much at their centre (the concave endplate of lumbar bodies). */
export const ENDPLATE_CONCAVITY_MM = 1.2;

/** How deep an endplate sits below the nominal half height at local (l, a). */
export function endplateDip(l: number, a: number, outline: KidneyOutline): number {
  const r = (l * l) / (outline.halfWidth * outline.halfWidth) + (a * a) / (outline.halfDepth * outline.halfDepth);
  return r < 1 ? ENDPLATE_CONCAVITY_MM * (1 - r) : 0;
}

/**
 * A vertebral body: a kidney-shaped prism in the vertebra's frame (origin at the body's
 * centre), height along w, with concave endplates, a slight waist, and rounded rims. `inset`
 * shrinks it (marrow inside the cortical shell).
 */
export class VertebralBodyShape extends BaseShape {
  private readonly line = new LineInFrame();

  constructor(
    tissue: Tissue,
    private readonly f: Frame,
    private readonly outline: KidneyOutline,
    private readonly halfHeight: number,
    private readonly inset = 0,
  ) {
    const lo: Vec3 = [-outline.halfWidth, -outline.halfDepth, -halfHeight];
    const hi: Vec3 = [outline.halfWidth, outline.posteriorWall, halfHeight];
    super(tissue, 0, boundsOfLocalBox(f, lo, hi), { frame: f, lo, hi });
  }

  distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void {
    const { l, a, t, dl, da, dt } = this.line.set(this.f, x0, y0, z0, dx, dy, dz);
    const h = this.halfHeight;
    const outline = this.outline;
    const inset = this.inset;
    for (let i = 0; i < count; i++) {
      const li = l + i * dl;
      const ai = a + i * da;
      const ti = t + i * dt;
      const tn = ti / h;
      // The waist: the body is ~5% narrower at mid-height than at its endplates.
      const waist = 1 - 0.05 * (1 - (tn > 1 ? 1 : tn * tn));
      const dxs = kidneyDistance(li / waist, ai / waist, outline) * waist;
      const dh = Math.abs(ti) - h + endplateDip(li, ai, outline);
      out[i] = roundedIntersection(dxs, dh, 2) + inset;
    }
  }
}
