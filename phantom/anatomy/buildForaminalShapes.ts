import type { Side } from '../../electron/common/vocabulary';
import { FramedEllipsoid } from '../scene/FramedEllipsoid';
import { shiftFrame } from '../scene/Frame';
import type { Shape } from '../scene/Shape';
import { TISSUE } from '../scene/Tissue';
import type { CanalLevel } from './canalLayout';
import { rootGanglionLocal } from './foramenCentre';
import type { PlacedDisc } from './SpineColumn';

const SIDES: readonly Side[] = ['left', 'right'];

/**
 * Loss of perineural fat in a narrowed foramen: low-signal tissue (disc, osteophyte, thickened
 * capsule and ligament) closing in on the nerve root from every side as severity grows, the
 * sign radiologists grade foraminal stenosis by (Lee et al., AJR 2010: fat obliterated in two
 * directions, in all four, then the root deformed). Painted before the nerve, which stays on top.
 */
export function buildForaminalShapes(disc: PlacedDisc, canal: CanalLevel): Shape[] {
  const shapes: Shape[] = [];
  const p = disc.upper.params;
  for (const side of SIDES) {
    const s = canal.foraminal[side];
    // Normal/Mild foramina keep their fat; from Moderate on it closes in around the root.
    if (s <= 0.3) continue;
    const k = (s - 0.3) / 0.7;
    // Centred on the root ganglion (buildNeuralShapes), reaching the whole foramen when severe.
    const ganglion = rootGanglionLocal(disc.upper, side, s);
    const f = shiftFrame(disc.upper.frame, [ganglion[0], ganglion[1] + 0.5, ganglion[2] - 2 * k]);
    shapes.push(new FramedEllipsoid(TISSUE.ligament, f, [p.pedicleWidth / 2 + 2, 3.5 + 3.5 * k, 4.5 + 6 * k], s));
  }
  return shapes;
}
