import type { Vec3 } from '../../electron/common/geometry';
import type { Side } from '../../electron/common/vocabulary';
import { sideSign } from './canalLayout';
import type { PlacedDisc, PlacedVertebra } from './SpineColumn';

/**
 * Centre of a neural foramen, in the upper vertebra's frame: on the pedicles' line, a few mm
 * behind the body, half way between the upper pedicle's lower edge and the lower pedicle's top.
 */
export function foramenCentreLocal(disc: PlacedDisc, side: Side): Vec3 {
  const u = disc.upper;
  const p = u.params;
  const pedicleBottom = u.halfHeight - p.pedicleHeight - 0.5;
  const lowerPedicleTop = -(u.halfHeight + disc.params.height + 0.5);
  return [
    sideSign(side) * (p.canalWidth / 2 + p.pedicleWidth / 2),
    u.outline.posteriorWall + 4.2,
    (pedicleBottom + lowerPedicleTop) / 2 + 1.5,
  ];
}

/**
 * The exiting root's ganglion, in its vertebra's frame: in the upper foramen, just under the
 * pedicle, pushed forward a little as the foramen narrows (`foraminal` severity 0 … 1).
 */
export function rootGanglionLocal(vertebra: PlacedVertebra, side: Side, foraminal: number): Vec3 {
  const p = vertebra.params;
  return [
    sideSign(side) * (p.canalWidth / 2 + p.pedicleWidth / 2 + 1.5),
    vertebra.outline.posteriorWall + 4.6 - 0.8 * foraminal,
    vertebra.halfHeight - p.pedicleHeight - 4.5,
  ];
}
