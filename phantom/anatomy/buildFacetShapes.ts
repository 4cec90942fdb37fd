import { dot, type Vec3 } from '../../electron/common/geometry';
import type { Side } from '../../electron/common/vocabulary';
import { ClippedBox } from '../scene/ClippedBox';
import { FramedBox } from '../scene/FramedBox';
import { FramedEllipsoid } from '../scene/FramedEllipsoid';
import { rotateFrameAboutW, shiftFrame } from '../scene/Frame';
import type { Shape } from '../scene/Shape';
import { TISSUE } from '../scene/Tissue';
import { bone } from './boneShapes';
import { type CanalLevel, sideSign } from './canalLayout';
import type { PlacedDisc } from './SpineColumn';

const SIDES: readonly Side[] = ['left', 'right'];

/** Where a facet joint sits at a disc level, in the disc frame: its centre and the processes' front. */
export interface FacetGeometry {
  /** Joint centre (l, a). */
  readonly joint: readonly [number, number];
  /** a of the superior articular process's front (the back of the foramen), before osteophytes. */
  readonly front: number;
}

export function facetGeometry(canal: CanalLevel, side: Side): FacetGeometry {
  const s = sideSign(side);
  return { joint: [s * (canal.halfWidth + 4.5), canal.discBack + 10.5], front: canal.discBack + 7 };
}

/**
 * The facet joints of one disc level (lumbar zygapophyseal joints): the lower vertebra's
 * superior articular process (SAP) in front and lateral, the upper vertebra's inferior
 * articular process (IAP) behind and medial, a thin fluid-filled joint space between them,
 * angled `facetAngle` from the sagittal plane. Stenosis grows bone: a medial SAP osteophyte
 * into the lateral recess (subarticular), an anterior one into the foramen (foraminal).
 */
export function buildFacetShapes(disc: PlacedDisc, canal: CanalLevel): Shape[] {
  const shapes: Shape[] = [];
  const discHalf = disc.params.height / 2;
  const beta = disc.params.facetAngle;
  const pedicleWidth = disc.lower.params.pedicleWidth;
  for (const side of SIDES) {
    const s = sideSign(side);
    const geometry = facetGeometry(canal, side);
    const [jl, ja] = geometry.joint;
    // Along the joint (backwards and outwards) and its normal towards the SAP (forwards and outwards).
    const d: [number, number] = [s * Math.sin(beta), Math.cos(beta)];
    const n: [number, number] = [s * Math.cos(beta), -Math.sin(beta)];
    const angle = Math.atan2(d[1], d[0]);
    const jointFrame = (offsetAlongN: number, offsetAlongD: number, t: number) =>
      rotateFrameAboutW(
        shiftFrame(disc.frame, [jl + n[0] * offsetAlongN + d[0] * offsetAlongD, ja + n[1] * offsetAlongN + d[1] * offsetAlongD, t]),
        angle,
      );

    shapes.push(new FramedBox(TISSUE.facetFluid, jointFrame(0, 0, 3), [6.5, 1.1, discHalf + 6], 1));

    // SAP: anterolateral, its front cut coronal at `front` (the foramen's back wall).
    const front = geometry.front;
    const frontPoint: Vec3 = shiftFrame(disc.frame, [0, front, 0]).origin;
    const clip = { normal: [-disc.frame.v[0], -disc.frame.v[1], -disc.frame.v[2]] as Vec3, offset: -dot(disc.frame.v, frontPoint) };
    const sapHalf: Vec3 = [7.5, 4.6, discHalf + 9.5];
    shapes.push(...bone((tissue, inset) => new ClippedBox(tissue, jointFrame(0.8 + 4.6, -1, -0.5), sapHalf, 3.5, clip, inset)));

    // IAP: posteromedial.
    shapes.push(...bone((tissue, inset) => new FramedBox(tissue, jointFrame(-(0.8 + 4), 1, 4), [7, 4, discHalf + 10], 3.5, 0, inset)));

    // Subarticular narrowing: the SAP's medial tip grows into the lateral recess.
    const growth = canal.facetGrowth[side];
    if (growth > 0.2) {
      const tip = shiftFrame(disc.frame, [s * (canal.halfWidth + 1.8 - 0.55 * growth), front + 0.6 - 0.35 * growth, 1]);
      shapes.push(
        ...bone((tissue, inset) => new FramedEllipsoid(tissue, tip, [2.2 + 0.8 * growth, 1.6 + 0.7 * growth, discHalf + 4], 0, inset)),
      );
    }
    // Foraminal narrowing: an osteophyte on the SAP's front, reaching into the foramen.
    // (From Moderate on: Normal/Mild foramina keep their shape.)
    const foraminal = canal.foraminal[side];
    if (foraminal > 0.3) {
      const k = (foraminal - 0.3) / 0.7;
      const spur = shiftFrame(disc.frame, [s * (canal.halfWidth + pedicleWidth / 2 + 1), front - 0.4, discHalf + 2.5]);
      shapes.push(
        ...bone((tissue, inset) => new FramedEllipsoid(tissue, spur, [pedicleWidth / 2 + 1.5, 2 + 3.5 * k, 4 + 2.5 * k], 0, inset)),
      );
    }
  }
  return shapes;
}
