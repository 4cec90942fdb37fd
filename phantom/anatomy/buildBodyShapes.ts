import { add, normalize, scale } from '../../electron/common/geometry';
import { DiscShape, type EndplateBody } from '../scene/DiscShape';
import { frame } from '../scene/Frame';
import type { Shape } from '../scene/Shape';
import { TISSUE } from '../scene/Tissue';
import { VertebralBodyShape } from '../scene/VertebralBodyShape';
import { bone } from './boneShapes';
import type { SpineColumn } from './SpineColumn';

/**
 * Vertebral bodies T11–S1 and the fused sacral segments, each a cortical shell around marrow,
 * with the thin disc remnants that separate the sacral segments on sagittal images.
 */
export function buildBodyShapes(column: SpineColumn): Shape[] {
  const shapes: Shape[] = [];
  for (const v of column.vertebrae) {
    shapes.push(...bone((tissue, inset) => new VertebralBodyShape(tissue, v.frame, v.outline, v.halfHeight, inset)));
  }
  for (const s of column.sacrum) {
    shapes.push(...bone((tissue, inset) => new VertebralBodyShape(tissue, s.frame, s.outline, s.halfHeight, inset)));
  }
  const s1 = column.vertebrae[column.vertebrae.length - 1];
  const sacral: EndplateBody[] = [...(s1 ? [s1] : []), ...column.sacrum];
  for (let i = 0; i + 1 < sacral.length; i++) {
    const upper = sacral[i] as EndplateBody;
    const lower = sacral[i + 1] as EndplateBody;
    const axis = normalize(add(upper.frame.w, lower.frame.w));
    const origin = add(add(lower.frame.origin, scale(lower.frame.w, lower.halfHeight)), scale(axis, 1));
    const f = frame(origin, [1, 0, 0], [0, axis[2], -axis[1]]);
    shapes.push(new DiscShape(TISSUE.annulus, f, lower.outline, upper, lower, 4, [], 0, 1));
  }
  return shapes;
}
