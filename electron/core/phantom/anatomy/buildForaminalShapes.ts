import type { Side } from '../../../common/vocabulary';
import { FramedEllipsoid } from '../scene/FramedEllipsoid';
import { shiftFrame } from '../scene/Frame';
import type { Shape } from '../scene/Shape';
import { TISSUE } from '../scene/Tissue';
import type { CanalLevel } from './canalLayout';
import { foramenCentreLocal } from './foramenCentre';
import type { PlacedDisc } from './SpineColumn';

const SIDES: readonly Side[] = ['left', 'right'];

/**
 * Loss of perineural fat in a narrowed foramen: low-signal tissue (disc, osteophyte, thickened
 * capsule and ligament) closing in on the nerve root from every side as severity grows, the
 * sign radiologists grade foraminal stenosis by (Lee et al., AJR 2010: fat obliterated in two
 * directions, in all four, then the root deformed). Painted before the nerve, which stays on top;
 * at low severity the ellipsoid hides under the root ganglion.
 */
export function buildForaminalShapes(disc: PlacedDisc, canal: CanalLevel): Shape[] {
  const shapes: Shape[] = [];
  const p = disc.upper.params;
  for (const side of SIDES) {
    const s = canal.foraminal[side];
    if (s < 0.15) continue;
    const centre = foramenCentreLocal(disc, side);
    const f = shiftFrame(disc.upper.frame, [centre[0], centre[1] + 0.5, centre[2] + 2]);
    shapes.push(new FramedEllipsoid(TISSUE.ligament, f, [p.pedicleWidth / 2 + 2, 1.5 + 5 * s, 2 + 8 * s], s));
  }
  return shapes;
}
