import type { Vec3 } from '../../electron/common/geometry';
import { boundsOfLocalBox } from './Bounds';
import { LineInFrame, type Frame } from './Frame';
import { ellipsoidDistance } from './sdf';
import { BaseShape } from './Shape';
import type { Tissue } from './Tissue';

/** An ellipsoid centred on a frame's origin with semi-axes along (u, v, w). */
export class FramedEllipsoid extends BaseShape {
  private readonly line = new LineInFrame();

  constructor(
    tissue: Tissue,
    private readonly f: Frame,
    private readonly radii: Vec3,
    variant = 0,
    private readonly inset = 0,
  ) {
    super(tissue, variant, boundsOfLocalBox(f, [-radii[0], -radii[1], -radii[2]], radii), {
      frame: f,
      lo: [-radii[0], -radii[1], -radii[2]],
      hi: radii,
    });
  }

  distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void {
    const { l, a, t, dl, da, dt } = this.line.set(this.f, x0, y0, z0, dx, dy, dz);
    const [rx, ry, rz] = this.radii;
    for (let i = 0; i < count; i++) out[i] = ellipsoidDistance(l + i * dl, a + i * da, t + i * dt, rx, ry, rz) + this.inset;
  }
}
