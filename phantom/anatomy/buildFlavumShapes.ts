import type { Vec3 } from '../../electron/common/geometry';
import type { Side } from '../../electron/common/vocabulary';
import { FramedBox } from '../scene/FramedBox';
import { rotateFrameAboutW, shiftFrame } from '../scene/Frame';
import type { Shape } from '../scene/Shape';
import { TISSUE } from '../scene/Tissue';
import { type CanalLevel, sideSign } from './canalLayout';
import type { PlacedDisc } from './SpineColumn';

const SIDES: readonly Side[] = ['left', 'right'];

/**
 * The ligamenta flava of one level: a V of dark ligament lining the back of the canal from
 * each facet capsule to the midline, thickened (hypertrophied) with central and subarticular
 * stenosis, plus a midline part whose thickness sets the back of the thecal sac.
 */
export function buildFlavumShapes(disc: PlacedDisc, canal: CanalLevel): Shape[] {
  const shapes: Shape[] = [];
  const half = disc.params.height / 2;
  const rear = canal.discBack + canal.depth + 0.3;
  for (const side of SIDES) {
    const s = sideSign(side);
    const from: [number, number] = [s * (canal.halfWidth - 1), canal.discBack + 8.5];
    const to: [number, number] = [0, rear];
    const dl = to[0] - from[0];
    const da = to[1] - from[1];
    const length = Math.hypot(dl, da);
    let nl = -da / length;
    let na = dl / length;
    if (na > 0) {
      nl = -nl;
      na = -na;
    }
    const thickness = canal.flavum[side];
    const centre: Vec3 = [(from[0] + to[0]) / 2 + (nl * thickness) / 2, (from[1] + to[1]) / 2 + (na * thickness) / 2, 2];
    const f = rotateFrameAboutW(shiftFrame(disc.frame, centre), Math.atan2(da, dl));
    shapes.push(new FramedBox(TISSUE.ligament, f, [length / 2 + 1, thickness / 2, half + 6.5], Math.min(1.2, thickness / 2 - 0.1)));
  }
  const midline = shiftFrame(disc.frame, [0, rear - canal.flavumMid / 2, 2]);
  shapes.push(new FramedBox(TISSUE.ligament, midline, [5, canal.flavumMid / 2, half + 6], Math.min(1.2, canal.flavumMid / 2 - 0.1)));
  return shapes;
}
