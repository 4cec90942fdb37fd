import type { Vec3 } from '../../electron/common/geometry';
import type { Side } from '../../electron/common/vocabulary';
import { Capsule } from '../scene/Capsule';
import { toPatient } from '../scene/Frame';
import type { Shape } from '../scene/Shape';
import { TISSUE } from '../scene/Tissue';
import { type TubeKnot, VerticalTube } from '../scene/VerticalTube';
import { type CanalLevel, sideSign } from './canalLayout';
import { rootGanglionLocal } from './foramenCentre';
import type { SpineColumn } from './SpineColumn';

const SIDES: readonly Side[] = ['left', 'right'];

/**
 * Where each cauda equina root lies inside the sac (fractions of the sac's half width and
 * half depth from its centre, + posterior) and the disc below which it leaves the sac: roots
 * that exit higher sit more anterolaterally; the sacral roots stay to the end. Supine, the
 * roots settle towards the back of the sac.
 */
const CAUDA = [
  { exitDisc: 1, u: 0.72, v: -0.1 },
  { exitDisc: 2, u: 0.66, v: 0.05 },
  { exitDisc: 3, u: 0.56, v: 0.2 },
  { exitDisc: 4, u: 0.45, v: 0.33 },
  { exitDisc: 5, u: 0.34, v: 0.42 },
  { exitDisc: 6, u: 0.22, v: 0.5 },
  { exitDisc: 99, u: 0.12, v: 0.58 },
  { exitDisc: 99, u: 0.04, v: 0.3 },
] as const;

/**
 * The thecal sac's contents and the nerve roots: CSF (the sac itself), the spinal cord down to
 * the conus, the cauda equina below it, and for each foramen the exiting root, which leaves the
 * sac one disc higher, runs down the lateral recess (where subarticular stenosis squeezes it),
 * under the pedicle and out through the foramen with its ganglion in the foraminal fat.
 */
export function buildNeuralShapes(
  column: SpineColumn,
  canals: readonly CanalLevel[],
  sac: readonly TubeKnot[],
  conusLevel: number,
): Shape[] {
  const shapes: Shape[] = [new VerticalTube(TISSUE.csf, sac)];

  const discZ = column.discs.map((d) => d.frame.origin[2]);
  const conusZ = (discZ[1] as number) + conusLevel * ((discZ[2] as number) - (discZ[1] as number));
  const cord = sac
    .filter((k) => k.z >= conusZ - 1)
    .map((k) => {
      const taper = Math.min(1, Math.max(0.08, (k.z - conusZ) / 22));
      return { z: k.z, x: k.x, y: k.y - 0.1 * k.ry, rx: 4.6 * Math.sqrt(taper), ry: 3.6 * Math.sqrt(taper) };
    });
  const cordKnots = [{ ...cordStart(sac, conusZ), rx: 0.4, ry: 0.4 }, ...cord.filter((k) => k.z > conusZ + 0.3)];
  if (cordKnots.length >= 2) shapes.push(new VerticalTube(TISSUE.cord, cordKnots));

  for (const root of CAUDA) {
    const exitZ = root.exitDisc < discZ.length ? (discZ[root.exitDisc] as number) : -Infinity;
    for (const side of SIDES) {
      const s = sideSign(side);
      const knots = sac
        .filter((k) => k.z <= conusZ && k.z >= exitZ - 2)
        .map((k) => ({ z: k.z, x: k.x + s * root.u * k.rx * 0.85, y: k.y + root.v * k.ry * 0.8, rx: 0.7, ry: 0.7 }));
      if (knots.length >= 2) shapes.push(new VerticalTube(TISSUE.nerve, knots));
    }
  }

  column.discs.forEach((disc, i) => {
    const canal = canals[i];
    const above = canals[i - 1];
    const aboveDisc = column.discs[i - 1];
    if (!canal || !above || !aboveDisc) return;
    const u = disc.upper;
    const p = u.params;
    const c = p.canalWidth / 2;
    const back = u.outline.posteriorWall;
    const h = u.halfHeight;
    for (const side of SIDES) {
      const s = sideSign(side);
      const squeeze = 1 - 0.45 * above.subarticular[side];
      const foraminal = canal.foraminal[side];
      const inRecess = toPatient(aboveDisc.frame, [s * (above.sacHalfWidth + 0.6), (above.sacFront + above.sacBack) / 2 + 0.5, 0]);
      const points: Vec3[] = [
        inRecess,
        toPatient(u.frame, [s * (c - 2.6), back + 4, h - p.pedicleHeight / 2]),
        toPatient(u.frame, [s * (c + 0.3), back + 4.2, h - p.pedicleHeight - 2.5]),
        toPatient(u.frame, rootGanglionLocal(u, side, foraminal)),
        toPatient(u.frame, [s * (c + p.pedicleWidth + 14), back + 1, h - p.pedicleHeight - 15]),
      ];
      const radii = [1.7 * squeeze, 2.0, 2.4, 3.2 * (1 - 0.5 * foraminal), 2.4];
      shapes.push(new Capsule(TISSUE.nerve, points, radii));
    }
  });
  return shapes;
}

function cordStart(sac: readonly TubeKnot[], z: number): TubeKnot {
  const below = [...sac].reverse().find((k) => k.z <= z) ?? (sac[0] as TubeKnot);
  return { ...below, z };
}
