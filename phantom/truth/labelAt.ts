import type { Vec3 } from '../../electron/common/geometry';
import { boundsContain } from '../scene/Bounds';
import type { Shape } from '../scene/Shape';
import { TISSUE, type Tissue } from '../scene/Tissue';

/** The tissue at a patient point: the last painted shape that contains it (air if none). */
export function labelAt(shapes: readonly Shape[], p: Vec3): Tissue {
  for (let i = shapes.length - 1; i >= 0; i--) {
    const shape = shapes[i] as Shape;
    if (boundsContain(shape.bounds, p) && shape.distanceAt(p[0], p[1], p[2]) < 0) return shape.tissue;
  }
  return TISSUE.air;
}
