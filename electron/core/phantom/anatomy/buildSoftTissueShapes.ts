import type { Vec3 } from '../../../common/geometry';
import type { Side } from '../../../common/vocabulary';
import { toPatient } from '../scene/Frame';
import type { Shape } from '../scene/Shape';
import { TISSUE } from '../scene/Tissue';
import { type TubeKnot, VerticalTube } from '../scene/VerticalTube';
import { sideSign } from './canalLayout';
import type { SpineColumn } from './SpineColumn';
import type { SoftTissueParameters } from './SpineParameters';

const SIDES: readonly Side[] = ['left', 'right'];
const FAR = 400;

/** The back of the body (skin on the table), y in LPS: behind the furthest spinous tip plus fat. */
export function skinBack(column: SpineColumn, soft: SoftTissueParameters): number {
  let furthest = -Infinity;
  for (const v of column.vertebrae) {
    if (v.params.name === 'S1') continue;
    const tip = toPatient(v.frame, [0, v.outline.posteriorWall + v.params.canalDepth + v.params.spinousLength + 4, -0.3 * v.halfHeight]);
    furthest = Math.max(furthest, tip[1]);
  }
  return furthest + soft.backFat;
}

/**
 * Everything around the spine, painted first: the torso in subcutaneous fat, muscle inside
 * it (the paraspinal and abdominal wall muscles), the abdominal viscera in front, fat around
 * the vertebral bodies, the psoas muscles, the aorta (left) and the inferior vena cava (right)
 * with their iliac branches.
 */
export function buildSoftTissueShapes(column: SpineColumn, soft: SoftTissueParameters): Shape[] {
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
    new VerticalTube(TISSUE.muscle, straight(mid[0], torsoCentreY, soft.torsoWidth / 2 - soft.sideFat, soft.torsoDepth / 2 + 25 - soft.sideFat), 0, back - soft.backFat),
  ];

  // Abdominal cavity: everything in front of the vertebral bodies and psoas.
  const bodies = column.vertebrae.map((v) => ({ v, front: toPatient(v.frame, [0, -v.outline.halfDepth, 0]) }));
  const frontOfSpine = Math.min(...bodies.map((b) => b.front[1]));
  const bellyFront = back - soft.torsoDepth + soft.sideFat + 10;
  const abdomenDepth = Math.max(30, frontOfSpine + 15 - bellyFront);
  shapes.push(new VerticalTube(TISSUE.viscera, straight(mid[0], bellyFront + abdomenDepth / 2 + 10, soft.torsoWidth / 2 - soft.sideFat - 12, abdomenDepth / 2 + 10)));

  const along = (f: (v: (typeof bodies)[number]['v']) => TubeKnot): TubeKnot[] => {
    const knots = column.vertebrae.map(f).sort((a, b) => a.z - b.z);
    const first = knots[0] as TubeKnot;
    const last = knots[knots.length - 1] as TubeKnot;
    return [{ ...first, z: first.z - 60 }, ...knots, { ...last, z: last.z + 80 }];
  };
  // Fat around the front and sides of the bodies.
  shapes.push(
    new VerticalTube(
      TISSUE.retroperitonealFat,
      along((v) => {
        const c = toPatient(v.frame, [0, -3, 0]);
        return { z: c[2], x: c[0], y: c[1], rx: v.params.width / 2 + 16, ry: v.params.depth / 2 + 14 };
      }),
    ),
  );

  // Psoas: small at T12, largest at L4–L5, beside the bodies.
  const psoasScale: Record<string, number> = { T11: 0.05, T12: 0.2, L1: 0.4, L2: 0.6, L3: 0.8, L4: 0.95, L5: 1, S1: 0.95 };
  for (const side of SIDES) {
    const s = sideSign(side);
    const knots = column.vertebrae.map((v) => {
      const r = soft.psoasRadius * (psoasScale[v.params.name] ?? 0.5);
      const c = toPatient(v.frame, [s * (v.params.width / 2 + r * 0.75 + 1), 2 - 0.2 * r, 0]);
      return { z: c[2], x: c[0], y: c[1], rx: Math.max(1, r), ry: Math.max(1, r * 0.9) };
    });
    knots.sort((a, b) => a.z - b.z);
    shapes.push(new VerticalTube(TISSUE.muscle, knots));
  }

  // Aorta in front and left of the bodies, dividing at L4 into the common iliac arteries.
  const l4 = column.vertebrae.find((v) => v.params.name === 'L4') ?? column.vertebrae[5];
  const s1 = column.vertebrae.find((v) => v.params.name === 'S1') ?? column.vertebrae[7];
  if (l4 && s1) {
    const frontOf = (v: typeof l4, l: number, gap: number): Vec3 => toPatient(v.frame, [l, -v.outline.halfDepth - gap, 0]);
    const r = soft.aortaRadius;
    const aortaKnots = column.vertebrae
      .filter((v) => v.frame.origin[2] >= l4.frame.origin[2])
      .map((v) => {
        const c = frontOf(v, 11, r + 2);
        return { z: c[2], x: c[0], y: c[1], rx: r, ry: r };
      })
      .sort((a, b) => a.z - b.z);
    const topKnot = aortaKnots[aortaKnots.length - 1];
    if (topKnot) aortaKnots.push({ ...topKnot, z: topKnot.z + 80 });
    if (aortaKnots.length >= 2) shapes.push(new VerticalTube(TISSUE.vessel, aortaKnots));
    const ivcKnots = column.vertebrae
      .filter((v) => v.frame.origin[2] >= l4.frame.origin[2])
      .map((v) => {
        const c = frontOf(v, -14, 8);
        return { z: c[2], x: c[0], y: c[1], rx: 11, ry: 7.5 };
      })
      .sort((a, b) => a.z - b.z);
    const ivcTop = ivcKnots[ivcKnots.length - 1];
    if (ivcTop) ivcKnots.push({ ...ivcTop, z: ivcTop.z + 80 });
    if (ivcKnots.length >= 2) shapes.push(new VerticalTube(TISSUE.vessel, ivcKnots));
    for (const side of SIDES) {
      const s = sideSign(side);
      const start = frontOf(l4, s > 0 ? 11 : -10, r + 2);
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
