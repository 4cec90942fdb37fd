import type { Vec3 } from '../../electron/common/geometry';
import type { Side } from '../../electron/common/vocabulary';
import type { SeededRandom } from '../random/SeededRandom';
import { FramedEllipsoid } from '../scene/FramedEllipsoid';
import { FramedBox } from '../scene/FramedBox';
import { frame, rotateFrameAboutW, shiftFrame, toPatient } from '../scene/Frame';
import type { Shape } from '../scene/Shape';
import { TISSUE, type Tissue } from '../scene/Tissue';
import { type TubeKnot, VerticalTube } from '../scene/VerticalTube';
import { sideSign } from './canalLayout';
import type { PlacedVertebra, SpineColumn } from './SpineColumn';
import type { SoftTissueParameters } from './SpineParameters';

const SIDES: readonly Side[] = ['left', 'right'];
const FAR = 400;

/** The back of the body (skin on the table), y in LPS: behind the furthest spinous tip plus fat. */
export function skinBack(column: SpineColumn, soft: SoftTissueParameters): number {
  let furthest = -Infinity;
  for (const v of column.vertebrae) {
    if (v.params.name === 'S1') continue;
    furthest = Math.max(furthest, spinousTip(v)[1]);
  }
  return furthest + soft.backFat;
}

function spinousTip(v: PlacedVertebra): Vec3 {
  return toPatient(v.frame, [0, v.outline.posteriorWall + v.params.canalDepth + v.params.spinousLength + 4, -0.3 * v.halfHeight]);
}

/**
 * Everything around the spine, painted first: the torso in subcutaneous fat; muscle inside it;
 * the abdominal cavity with bowel loops (fluid, gas, fat) in front; the kidneys beside the
 * upper lumbar spine; fat around the vertebral bodies; the psoas muscles; the fat planes
 * between the back muscles; the aorta (left)
 * and inferior vena cava (right) with their iliac branches.
 */
export function buildSoftTissueShapes(column: SpineColumn, soft: SoftTissueParameters, random: SeededRandom): Shape[] {
  const mid = column.midline;
  const back = skinBack(column, soft);
  const top = (column.vertebrae[0]?.frame.origin[2] ?? 0) + FAR;
  const bottom = (column.sacrum[column.sacrum.length - 1]?.frame.origin[2] ?? 0) - FAR;
  const straight = (x: number, y: number, rx: number, ry: number): TubeKnot[] => [
    { z: bottom, x, y, rx, ry },
    { z: top, x, y, rx, ry },
  ];
  const torsoCentreY = back - soft.torsoDepth / 2 + 25;
  const shapes: Shape[] = [
    new VerticalTube(TISSUE.subcutaneousFat, straight(mid[0], torsoCentreY, soft.torsoWidth / 2, soft.torsoDepth / 2 + 25), 0, back),
    new VerticalTube(
      TISSUE.muscle,
      straight(mid[0], torsoCentreY, soft.torsoWidth / 2 - soft.sideFat, soft.torsoDepth / 2 + 25 - soft.sideFat),
      0,
      back - soft.backFat,
    ),
  ];

  // Knots following the column (one per vertebra, extended above and below).
  const along = (f: (v: PlacedVertebra) => TubeKnot): TubeKnot[] => {
    const knots = column.vertebrae.map(f).sort((a, b) => a.z - b.z);
    const first = knots[0] as TubeKnot;
    const last = knots[knots.length - 1] as TubeKnot;
    return [
      { ...first, z: first.z - 60 },
      ...knots.filter((k, i) => i === 0 || k.z > (knots[i - 1] as TubeKnot).z + 0.5),
      { ...last, z: last.z + 80 },
    ];
  };
  const fromBody = (v: PlacedVertebra, l: number, a: number, rx: number, ry: number): TubeKnot => {
    const c = toPatient(v.frame, [l, a, 0]);
    return { z: c[2], x: c[0], y: c[1], rx, ry };
  };

  // Abdominal cavity in front of the spine, filled with bowel loops.
  const frontOfSpine = Math.min(...column.vertebrae.map((v) => toPatient(v.frame, [0, -v.outline.halfDepth, 0])[1]));
  const bellyFront = back - soft.torsoDepth + soft.sideFat + 10;
  const abdomenDepth = Math.max(30, frontOfSpine + 25 - bellyFront);
  const abdomenWidth = soft.torsoWidth / 2 - soft.sideFat - 14;
  const abdomenY = bellyFront + abdomenDepth / 2 + 8;
  shapes.push(new VerticalTube(TISSUE.viscera, straight(mid[0], abdomenY, abdomenWidth, abdomenDepth / 2 + 8), 0.5));
  shapes.push(...bowelLoops(mid, abdomenY, abdomenWidth, abdomenDepth / 2, column, random));

  // Kidneys beside L1–L2, behind the bowel.
  const l1 = column.vertebrae.find((v) => v.params.name === 'L1');
  if (l1) {
    for (const side of SIDES) {
      const s = sideSign(side);
      const centre = toPatient(l1.frame, [s * random.uniform(58, 68), random.uniform(12, 24), random.uniform(-15, 5)]);
      // Bean-shaped in section, long axis turned about 30° from coronal (hilum forwards and in).
      const f = rotateFrameAboutW(frame(centre, [1, 0, 0], [0, 1, 0]), s * (Math.PI / 6));
      shapes.push(new FramedEllipsoid(TISSUE.retroperitonealFat, f, [30, 22, 62]));
      shapes.push(new FramedEllipsoid(TISSUE.viscera, f, [24, 16, 55], 0.85));
    }
  }

  // Fat around the front and sides of the bodies, following the sacrum down into the pelvis.
  const fatKnots = [
    ...column.vertebrae.map((v) => fromBody(v, 0, -4, v.params.width / 2 + 10, v.params.depth / 2 + 9)),
    ...column.sacrum.map((s) => {
      const c = toPatient(s.frame, [0, -6, 0]);
      return { z: c[2], x: c[0], y: c[1], rx: s.outline.halfWidth + 10, ry: s.outline.halfDepth + 8 };
    }),
  ].sort((a, b) => a.z - b.z);
  const fatTop = fatKnots[fatKnots.length - 1] as TubeKnot;
  shapes.push(
    new VerticalTube(TISSUE.retroperitonealFat, [
      ...fatKnots.filter((k, i) => i === 0 || k.z > (fatKnots[i - 1] as TubeKnot).z + 0.5),
      { ...fatTop, z: fatTop.z + 80 },
    ]),
  );

  // Psoas: small at T12, largest at L4–L5, beside the bodies.
  const psoasScale: Record<string, number> = { T11: 0.05, T12: 0.2, L1: 0.4, L2: 0.6, L3: 0.8, L4: 0.95, L5: 1, S1: 0.95 };
  for (const side of SIDES) {
    const s = sideSign(side);
    const knots = column.vertebrae.map((v) => {
      const r = soft.psoasRadius * (psoasScale[v.params.name] ?? 0.5);
      return fromBody(v, s * (v.params.width / 2 + r * 0.75 + 1), 2 - 0.2 * r, Math.max(1, r), Math.max(1, r * 0.9));
    });
    knots.sort((a, b) => a.z - b.z);
    shapes.push(new VerticalTube(TISSUE.muscle, knots));
  }

  // Back muscles: the fat plane between multifidus (medial, on the laminae) and erector spinae
  // (lateral) runs obliquely back and out from the facet region, and quadratus lumborum lies in
  // front of the transverse processes. The muscle itself is the torso's muscle fill.
  for (const side of SIDES) {
    const s = sideSign(side);
    for (const v of column.vertebrae) {
      if (v.params.name === 'S1') continue;
      const back0 = v.outline.posteriorWall + v.params.canalDepth;
      const from: [number, number] = [s * (v.params.canalWidth / 2 + 9), back0 - 2];
      const to: [number, number] = [s * (v.params.canalWidth / 2 + 9 + soft.paraspinalWidth * 0.3), back0 + soft.paraspinalDepth * 0.95];
      const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
      const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
      const f = rotateFrameAboutW(shiftFrame(v.frame, [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2, 0]), angle);
      shapes.push(new FramedBox(TISSUE.retroperitonealFat, f, [length / 2, 0.45, v.halfHeight + 6], 0.4));
    }
    shapes.push(
      new VerticalTube(
        TISSUE.muscle,
        along((v) =>
          fromBody(
            v,
            s * (v.params.canalWidth / 2 + v.params.pedicleWidth + v.params.transverseLength + 8),
            v.outline.posteriorWall + 6,
            14,
            10,
          ),
        ),
      ),
    );
  }

  // Aorta in front and left of the bodies, dividing at L4 into the common iliac arteries; the
  // inferior vena cava on the right.
  const l4 = column.vertebrae.find((v) => v.params.name === 'L4');
  const s1 = column.vertebrae.find((v) => v.params.name === 'S1');
  if (l4 && s1) {
    const aboveL4 = column.vertebrae.filter((v) => v.frame.origin[2] >= l4.frame.origin[2]);
    const r = soft.aortaRadius;
    const upwards = (knots: TubeKnot[]): TubeKnot[] => {
      knots.sort((a, b) => a.z - b.z);
      const topKnot = knots[knots.length - 1] as TubeKnot;
      return [...knots, { ...topKnot, z: topKnot.z + 80 }];
    };
    shapes.push(new VerticalTube(TISSUE.vessel, upwards(aboveL4.map((v) => fromBody(v, 11, -v.outline.halfDepth - r - 2, r, r)))));
    shapes.push(new VerticalTube(TISSUE.vessel, upwards(aboveL4.map((v) => fromBody(v, -14, -v.outline.halfDepth - 8, 11, 7.5)))));
    for (const side of SIDES) {
      const s = sideSign(side);
      const start = toPatient(l4.frame, [s > 0 ? 11 : -10, -l4.outline.halfDepth - r - 2, 0]);
      const end = toPatient(s1.frame, [s * 42, -s1.outline.halfDepth - 4, -10]);
      shapes.push(
        new VerticalTube(TISSUE.vessel, [
          { z: end[2], x: end[0], y: end[1], rx: 6, ry: 6 },
          { z: start[2], x: start[0], y: start[1], rx: 6.5, ry: 6.5 },
        ]),
      );
    }
  }
  return shapes;
}

/**
 * Bowel loops: ellipsoids of fluid (bright on T2), gas (dark everywhere) or contents in
 * between, packed in the abdominal cavity, so the front of the image has the mottled look of
 * real abdomen instead of a flat grey.
 */
function bowelLoops(mid: Vec3, centreY: number, halfWidth: number, halfDepth: number, column: SpineColumn, random: SeededRandom): Shape[] {
  const shapes: Shape[] = [];
  const zTop = (column.vertebrae[0]?.frame.origin[2] ?? 0) + 40;
  const zBottom = (column.sacrum[column.sacrum.length - 1]?.frame.origin[2] ?? 0) - 20;
  const count = random.int(40, 60);
  for (let i = 0; i < count; i++) {
    const centre: Vec3 = [
      mid[0] + random.uniform(-0.85, 0.85) * halfWidth,
      centreY + random.uniform(-0.8, 0.8) * halfDepth,
      random.uniform(zBottom, zTop),
    ];
    const radius = random.uniform(9, 22);
    const f = frame(centre, [Math.cos(random.uniform(0, Math.PI)), Math.sin(random.uniform(0, Math.PI)), 0], [0, 0, 1]);
    const kind = random.weighted<[Tissue, number]>([
      [[TISSUE.viscera, random.uniform(0.2, 1)], 0.55],
      [[TISSUE.retroperitonealFat, 0], 0.2],
      [[TISSUE.air, 0], 0.12],
      [[TISSUE.viscera, 1], 0.13],
    ]);
    shapes.push(new FramedEllipsoid(kind[0], f, [radius, radius * random.uniform(0.5, 0.9), radius * random.uniform(0.6, 1.6)], kind[1]));
  }
  return shapes;
}
