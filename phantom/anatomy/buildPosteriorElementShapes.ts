import type { Vec3 } from '../../electron/common/geometry';
import type { Side } from '../../electron/common/vocabulary';
import { FramedBox } from '../scene/FramedBox';
import { FramedEllipsoid } from '../scene/FramedEllipsoid';
import { rotateFrameAboutU, rotateFrameAboutW, shiftFrame, type Frame } from '../scene/Frame';
import type { Shape } from '../scene/Shape';
import { bone } from './boneShapes';
import { sideSign } from './canalLayout';
import type { PlacedVertebra, SpineColumn } from './SpineColumn';

const SIDES: readonly Side[] = ['left', 'right'];

/**
 * The neural arch of each vertebra in its own frame (l left, a posterior, t up): pedicles,
 * laminae, spinous process and transverse processes (the sacral ala on S1). The articular
 * processes belong to the facet joints and are built per disc level (buildFacetShapes.ts).
 */
export function buildPosteriorElementShapes(column: SpineColumn): Shape[] {
  const shapes: Shape[] = [];
  column.vertebrae.forEach((v, i) => shapes.push(...archOf(v, column.discs[i]?.params.height ?? 8)));
  for (const s of column.sacrum) {
    // The sacral canal's roof: a plate behind each fused segment.
    const back = s.outline.posteriorWall;
    const f = shiftFrame(s.frame, [0, back + 10.5, 0]);
    shapes.push(...bone((tissue, inset) => new FramedBox(tissue, f, [11, 3.4, s.halfHeight + 2.5], 3, 0, inset)));
  }
  return shapes;
}

function archOf(v: PlacedVertebra, discBelow: number): Shape[] {
  const p = v.params;
  const h = v.halfHeight;
  const back = v.outline.posteriorWall;
  const c = p.canalWidth / 2;
  const shapes: Shape[] = [];
  const isSacrum = p.name === 'S1';
  for (const side of SIDES) {
    const s = sideSign(side);
    // Pedicle: from inside the body's back to the arch, in the upper half of the body.
    const pedicle = shiftFrame(v.frame, [s * (c + p.pedicleWidth / 2), back + 4.5, h - p.pedicleHeight / 2 - 0.5]);
    // Rounded as much as its width allows: oval on parasagittal images, as pedicles look.
    const pedicleHalf: Vec3 = [p.pedicleWidth / 2, 7.5, p.pedicleHeight / 2];
    shapes.push(
      ...bone(
        (tissue, inset) =>
          new FramedBox(tissue, pedicle, pedicleHalf, Math.min(p.pedicleWidth / 2, p.pedicleHeight / 2, 7.5) - 0.3, 0, inset),
      ),
    );

    // Pars interarticularis: the bony column joining the superior articular process (above the
    // pedicle) to the inferior one (below), the back wall of the upper foramen.
    if (!isSacrum) {
      const pars = shiftFrame(v.frame, [s * (c + 4.5), back + 0.62 * p.canalDepth + 3, -0.15 * h]);
      shapes.push(...bone((tissue, inset) => new FramedBox(tissue, pars, [3.8, 4.2, h * 0.75], 3.4, 0, inset)));
    }

    // Lamina: a plate whose front face runs from the facet region to the midline.
    shapes.push(...lamina(v.frame, [s * (c + 1.5), back + 0.62 * p.canalDepth], [0, back + p.canalDepth + 1], h, discBelow));

    if (isSacrum) {
      // The sacral ala: a broad lateral mass instead of a transverse process, and beside it the
      // iliac wing, a curved plate running forwards and outwards (seen on axial L5/S1 images).
      const ala = shiftFrame(v.frame, [s * (c + p.pedicleWidth + 11), back - 2, 0]);
      shapes.push(...bone((tissue, inset) => new FramedBox(tissue, ala, [14, 13, h + 1], 4, 0, inset)));
      const ilium = rotateFrameAboutW(shiftFrame(v.frame, [s * (c + p.pedicleWidth + 42), back - 8, 12]), s * 0.55);
      shapes.push(...bone((tissue, inset) => new FramedEllipsoid(tissue, ilium, [7, 42, 55], 0, inset)));
    } else {
      const tpLength = p.transverseLength;
      const tp = shiftFrame(v.frame, [s * (c + p.pedicleWidth + tpLength / 2 - 3), back + 8, h - p.pedicleHeight / 2 - 1]);
      shapes.push(...bone((tissue, inset) => new FramedBox(tissue, tp, [tpLength / 2 + 3, 3, 5], 2.5, 0, inset)));
    }
  }
  if (!isSacrum) {
    // Spinous process: a midline plate running back and down (about 20° below the axis normal).
    const base = shiftFrame(v.frame, [0, back + p.canalDepth + 2 + p.spinousLength / 2, -0.5 * h]);
    const spinous = rotateFrameAboutU(base, (-18 * Math.PI) / 180);
    shapes.push(...bone((tissue, inset) => new FramedBox(tissue, spinous, [3.4, p.spinousLength / 2, 8.5], 3.3, 0, inset)));
  } else {
    const crest = shiftFrame(v.frame, [0, back + p.canalDepth + 5, -0.2 * h]);
    shapes.push(...bone((tissue, inset) => new FramedBox(tissue, crest, [3, 5, 7], 2.5, 0, inset)));
  }
  return shapes;
}

/**
 * A lamina behind the line from `from` to `to` (l, a in the vertebra frame), 6 mm thick,
 * reaching down to the middle of the disc below (axial images through a disc show the upper
 * vertebra's laminae and inferior articular processes).
 */
function lamina(f: Frame, from: readonly [number, number], to: readonly [number, number], halfHeight: number, discBelow: number): Shape[] {
  const dl = to[0] - from[0];
  const da = to[1] - from[1];
  const length = Math.hypot(dl, da);
  const angle = Math.atan2(da, dl);
  // The unit normal of the line that points backwards (positive a).
  let nl = -da / length;
  let na = dl / length;
  if (na < 0) {
    nl = -nl;
    na = -na;
  }
  const thickness = 6;
  const top = halfHeight - 6;
  const bottom = -halfHeight - discBelow / 2 - 1.5;
  const centre: Vec3 = [(from[0] + to[0]) / 2 + nl * (thickness / 2), (from[1] + to[1]) / 2 + na * (thickness / 2), (top + bottom) / 2];
  const frameAt = rotateFrameAboutW(shiftFrame(f, centre), angle);
  const half: Vec3 = [length / 2 + 2, thickness / 2, (top - bottom) / 2];
  return bone((tissue, inset) => new FramedBox(tissue, frameAt, half, 2.5, 0, inset));
}
