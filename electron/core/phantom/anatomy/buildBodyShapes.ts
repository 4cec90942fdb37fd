import type { Shape } from '../scene/Shape';
import { VertebralBodyShape } from '../scene/VertebralBodyShape';
import { bone } from './boneShapes';
import type { SpineColumn } from './SpineColumn';

/** Vertebral bodies T11–S1 and the fused sacral segments, each a cortical shell around marrow. */
export function buildBodyShapes(column: SpineColumn): Shape[] {
  const shapes: Shape[] = [];
  for (const v of column.vertebrae) {
    shapes.push(...bone((tissue, inset) => new VertebralBodyShape(tissue, v.frame, v.outline, v.halfHeight, inset)));
  }
  for (const s of column.sacrum) {
    shapes.push(...bone((tissue, inset) => new VertebralBodyShape(tissue, s.frame, s.outline, s.halfHeight, inset)));
  }
  return shapes;
}
