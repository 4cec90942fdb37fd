import type { Vec3 } from '../../../common/geometry';
import type { Side } from '../../../common/vocabulary';
import { sideSign } from './canalLayout';
import type { PlacedDisc } from './SpineColumn';

/**
 * Centre of a neural foramen, in the upper vertebra's frame: on the pedicles' line, a few mm
 * behind the body, half way between the upper pedicle's lower edge and the lower pedicle's top.
 */
export function foramenCentreLocal(disc: PlacedDisc, side: Side): Vec3 {
  const u = disc.upper;
  const p = u.params;
  const pedicleBottom = u.halfHeight - p.pedicleHeight - 0.5;
  const lowerPedicleTop = -(u.halfHeight + disc.params.height + 0.5);
  return [sideSign(side) * (p.canalWidth / 2 + p.pedicleWidth / 2), u.outline.posteriorWall + 4.2, (pedicleBottom + lowerPedicleTop) / 2 + 1.5];
}
