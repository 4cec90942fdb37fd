import type { Shape } from '../scene/Shape';
import { FramedBox } from '../scene/FramedBox';
import { shiftFrame } from '../scene/Frame';
import { TISSUE } from '../scene/Tissue';
import type { SpineColumn } from './SpineColumn';

/**
 * Epidural and foraminal fat, painted before bone, disc, ligament and sac, so whatever those
 * leave free is fat, as a radiologist reads it in a foramen on sagittal T1. Per vertebra two
 * blocks: the canal (between the pedicles, from the back of the body to the laminae) and a
 * shallower, wider one for the foramina (between the bodies and the articular processes).
 */
export function buildCanalFatShapes(column: SpineColumn): Shape[] {
  const shapes: Shape[] = [];
  column.vertebrae.forEach((v, i) => {
    const p = v.params;
    const back = v.outline.posteriorWall;
    const discAbove = column.discs[i - 1]?.params.height ?? 8;
    const discBelow = column.discs[i]?.params.height ?? 8;
    const t = (discAbove - discBelow) / 4;
    const halfHeight = v.halfHeight + (discAbove + discBelow) / 4 + 1.5;
    const block = (halfWidth: number, aMin: number, aMax: number, radius: number): FramedBox =>
      new FramedBox(TISSUE.epiduralFat, shiftFrame(v.frame, [0, (aMin + aMax) / 2, t]), [halfWidth, (aMax - aMin) / 2, halfHeight], radius);
    shapes.push(block(p.canalWidth / 2 + 1, back - 1.5, back + p.canalDepth + 2.5, 2.5));
    shapes.push(block(p.canalWidth / 2 + 0.8 * p.pedicleWidth + 1, back - 1, back + 8.5, 3.5));
  });
  for (const s of column.sacrum) {
    const back = s.outline.posteriorWall;
    shapes.push(new FramedBox(TISSUE.epiduralFat, shiftFrame(s.frame, [0, back + 4.5, 0]), [10, 5, s.halfHeight + 1.5], 2.5));
  }
  return shapes;
}
