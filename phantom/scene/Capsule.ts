import { sub, type Vec3 } from '../../electron/common/geometry';
import { BaseShape } from './Shape';
import type { Tissue } from './Tissue';

/**
 * A tube along the polyline through `points`, its radius interpolated along each segment
 * (nerve roots). The distance is to the nearest segment, minus the local radius.
 */
export class Capsule extends BaseShape {
  private readonly segments: Float64Array;

  constructor(tissue: Tissue, points: readonly Vec3[], radii: readonly number[], variant = 0) {
    if (points.length < 2 || radii.length !== points.length) throw new Error('a capsule needs ≥ 2 points and one radius per point');
    const maxRadius = Math.max(...radii);
    const min: [number, number, number] = [Infinity, Infinity, Infinity];
    const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
    for (const p of points) {
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k] as number, (p[k] as number) - maxRadius);
        max[k] = Math.max(max[k] as number, (p[k] as number) + maxRadius);
      }
    }
    super(tissue, variant, { min, max });
    // Per segment: start (3), direction (3), 1/length² , r0, r1.
    this.segments = new Float64Array((points.length - 1) * 9);
    for (let s = 0; s < points.length - 1; s++) {
      const a = points[s] as Vec3;
      const d = sub(points[s + 1] as Vec3, a);
      const lengthSquared = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
      this.segments.set(
        [a[0], a[1], a[2], d[0], d[1], d[2], lengthSquared > 0 ? 1 / lengthSquared : 0, radii[s] as number, radii[s + 1] as number],
        s * 9,
      );
    }
  }

  distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void {
    const seg = this.segments;
    const n = seg.length;
    for (let i = 0; i < count; i++) {
      const x = x0 + i * dx;
      const y = y0 + i * dy;
      const z = z0 + i * dz;
      let best = Infinity;
      for (let s = 0; s < n; s += 9) {
        const px = x - (seg[s] as number);
        const py = y - (seg[s + 1] as number);
        const pz = z - (seg[s + 2] as number);
        const ex = seg[s + 3] as number;
        const ey = seg[s + 4] as number;
        const ez = seg[s + 5] as number;
        let h = (px * ex + py * ey + pz * ez) * (seg[s + 6] as number);
        h = h < 0 ? 0 : h > 1 ? 1 : h;
        const qx = px - h * ex;
        const qy = py - h * ey;
        const qz = pz - h * ez;
        const d = Math.sqrt(qx * qx + qy * qy + qz * qz) - ((seg[s + 7] as number) + h * ((seg[s + 8] as number) - (seg[s + 7] as number)));
        if (d < best) best = d;
      }
      out[i] = best;
    }
  }
}
