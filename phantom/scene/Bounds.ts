import type { Vec3 } from '../../electron/common/geometry';
import { toPatient, type Frame } from './Frame';

/** An axis-aligned box in patient space: the region outside which a shape is surely absent. */
export interface Bounds {
  readonly min: Vec3;
  readonly max: Vec3;
}

/** The patient-space box around a local box [-h, +h] (plus `pad` mm) placed in a frame. */
export function boundsOfLocalBox(f: Frame, lo: Vec3, hi: Vec3, pad = 0): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let corner = 0; corner < 8; corner++) {
    const local: Vec3 = [corner & 1 ? hi[0] : lo[0], corner & 2 ? hi[1] : lo[1], corner & 4 ? hi[2] : lo[2]];
    const p = toPatient(f, local);
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] as number, (p[k] as number) - pad);
      max[k] = Math.max(max[k] as number, (p[k] as number) + pad);
    }
  }
  return { min, max };
}

export function unionBounds(boxes: readonly Bounds[]): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const box of boxes) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] as number, box.min[k] as number);
      max[k] = Math.max(max[k] as number, box.max[k] as number);
    }
  }
  return { min, max };
}

export function boundsContain(box: Bounds, p: Vec3): boolean {
  return p[0] >= box.min[0] && p[0] <= box.max[0] && p[1] >= box.min[1] && p[1] <= box.max[1] && p[2] >= box.min[2] && p[2] <= box.max[2];
}
