import type { Side } from '../../electron/common/vocabulary';
import { type DiscBulge, DiscShape } from '../scene/DiscShape';
import { FramedEllipsoid } from '../scene/FramedEllipsoid';
import { shiftFrame } from '../scene/Frame';
import type { Shape } from '../scene/Shape';
import { TISSUE } from '../scene/Tissue';
import { type CanalLevel, sideSign } from './canalLayout';
import type { PlacedDisc } from './SpineColumn';

const SIDES: readonly Side[] = ['left', 'right'];

/**
 * One disc: the annulus (whole disc, dark on T2) with its bulges, then the nucleus pulposus
 * (bright on T2 while healthy, `variant` = degeneration darkens it).
 */
export function buildDiscShapes(disc: PlacedDisc, canal: CanalLevel): Shape[] {
  const half = disc.params.height / 2;
  const back = canal.discBack;
  const pedicleWidth = disc.lower.params.pedicleWidth;
  const bulges: DiscBulge[] = [
    { centre: [0, back - 1, 0], radii: [9.5, canal.centralBulge + 1, half + 1], rise: 0.6 + 0.25 * canal.centralBulge },
  ];
  for (const side of SIDES) {
    const s = sideSign(side);
    bulges.push({ centre: [s * (canal.halfWidth - 2.5), back - 1, 0], radii: [5, canal.recessBulge[side] + 1, half + 0.5], rise: 0.5 });
    const f = canal.foraminal[side];
    bulges.push({
      centre: [s * (canal.halfWidth + pedicleWidth / 2), back - 1.5, 0.5 + 2 * f],
      radii: [pedicleWidth / 2 + 2.5, 1.4 + 5.2 * f, half + 0.5 + 3.5 * f],
      rise: 4.5 * f,
    });
  }
  const bound = half + 6;
  const upper = { frame: disc.upper.frame, outline: disc.upper.outline, halfHeight: disc.upper.halfHeight };
  const lower = { frame: disc.lower.frame, outline: disc.lower.outline, halfHeight: disc.lower.halfHeight };
  const degeneration = disc.params.degeneration;
  const shapes: Shape[] = [new DiscShape(TISSUE.annulus, disc.frame, disc.outline, upper, lower, bound, bulges, 0, degeneration)];
  const nucleus = shiftFrame(disc.frame, [0, 1.5, 0]);
  const nucleusHalfHeight = Math.max(1, half * (0.85 - 0.3 * degeneration));
  shapes.push(
    new FramedEllipsoid(
      TISSUE.nucleus,
      nucleus,
      [disc.outline.halfWidth * (0.72 - 0.22 * degeneration), disc.outline.halfDepth * (0.7 - 0.2 * degeneration), nucleusHalfHeight],
      degeneration,
    ),
  );
  return shapes;
}
