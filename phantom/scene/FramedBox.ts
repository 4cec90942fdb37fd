import type { Vec3 } from '../../electron/common/geometry';
import { boundsOfLocalBox } from './Bounds';
import { LineInFrame, type Frame } from './Frame';
import { roundedBoxDistance } from './sdf';
import { BaseShape } from './Shape';
import type { Tissue } from './Tissue';

/** A box with rounded edges, centred on a frame's origin, half extents along (u, v, w). */
export class FramedBox extends BaseShape {
  private readonly line = new LineInFrame();

  constructor(
    tissue: Tissue,
    private readonly f: Frame,
    private readonly half: Vec3,
    private readonly radius: number,
    variant = 0,
    private readonly inset = 0,
  ) {
    super(tissue, variant, boundsOfLocalBox(f, [-half[0], -half[1], -half[2]], half), {
      frame: f,
      lo: [-half[0], -half[1], -half[2]],
      hi: half,
    });
    if (radius > Math.min(...half)) throw new Error(`box rounding ${radius} exceeds a half extent ${half.join(',')}`);
  }

  distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void {
    const { l, a, t, dl, da, dt } = this.line.set(this.f, x0, y0, z0, dx, dy, dz);
    const [hx, hy, hz] = this.half;
    const r = this.radius;
    for (let i = 0; i < count; i++) out[i] = roundedBoxDistance(l + i * dl, a + i * da, t + i * dt, hx, hy, hz, r) + this.inset;
  }
}
