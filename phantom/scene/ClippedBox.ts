import type { Vec3 } from '../../electron/common/geometry';
import { boundsOfLocalBox } from './Bounds';
import { LineInFrame, type Frame } from './Frame';
import { roundedBoxDistance } from './sdf';
import { BaseShape } from './Shape';
import type { Tissue } from './Tissue';

/** A half-space n·p ≤ offset in patient space (n a unit vector). */
export interface HalfSpace {
  readonly normal: Vec3;
  readonly offset: number;
}

/**
 * A rounded box in a frame, cut by a half-space: the articular processes, whose posteromedial
 * face follows the oblique facet joint while their anterior face stays coronal.
 */
export class ClippedBox extends BaseShape {
  private readonly line = new LineInFrame();

  constructor(
    tissue: Tissue,
    private readonly f: Frame,
    private readonly half: Vec3,
    private readonly radius: number,
    private readonly clip: HalfSpace,
    private readonly inset = 0,
  ) {
    super(tissue, 0, boundsOfLocalBox(f, [-half[0], -half[1], -half[2]], half), { frame: f, lo: [-half[0], -half[1], -half[2]], hi: half });
  }

  distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void {
    const { l, a, t, dl, da, dt } = this.line.set(this.f, x0, y0, z0, dx, dy, dz);
    const [hx, hy, hz] = this.half;
    const [nx, ny, nz] = this.clip.normal;
    const c0 = nx * x0 + ny * y0 + nz * z0 - this.clip.offset;
    const dc = nx * dx + ny * dy + nz * dz;
    for (let i = 0; i < count; i++) {
      const box = roundedBoxDistance(l + i * dl, a + i * da, t + i * dt, hx, hy, hz, this.radius);
      const cut = c0 + i * dc;
      out[i] = (box > cut ? box : cut) + this.inset;
    }
  }
}
