import { type Vec3 } from '../../electron/common/geometry';
import { toPatient, type Frame } from '../scene/Frame';
import type { TubeKnot } from '../scene/VerticalTube';
import type { CanalLevel } from './canalLayout';
import type { SpineColumn } from './SpineColumn';

/** One cross-section of the thecal sac along the canal, in a local frame. */
interface SacSection {
  readonly frame: Frame;
  readonly t: number;
  readonly front: number;
  readonly back: number;
  readonly halfWidth: number;
}

/**
 * Cross-sections of the thecal sac from above T11 to its end at S2: one at each body's middle
 * (wide), and at each disc an hourglass waist set by that level's canal (disc bulge in front,
 * ligamenta flava behind), between two normal shoulders. Returned as horizontal tube knots,
 * the AP radius stretched by 1/cos(tilt) because a tilted tube's horizontal section is longer.
 */
export function sacKnots(column: SpineColumn, canals: readonly CanalLevel[]): TubeKnot[] {
  const sections: SacSection[] = [];
  column.vertebrae.forEach((v, i) => {
    const back = v.outline.posteriorWall;
    const isSacrum = v.params.name === 'S1';
    const halfWidth = isSacrum ? 6.5 : Math.min(v.params.canalWidth / 2 - 1.5, 9.8);
    const front = back + 1;
    const rear = back + v.params.canalDepth + 1 - (isSacrum ? 5 : 2.6);
    if (i === 0) sections.push({ frame: v.frame, t: v.halfHeight + 40, front, back: rear, halfWidth });
    sections.push({ frame: v.frame, t: 0, front, back: rear, halfWidth });
    const disc = column.discs[i];
    const canal = canals[i];
    if (!disc || !canal) return;
    const half = disc.params.height / 2;
    const normalFront = canal.discBack + 1;
    const normalBack = canal.discBack + canal.depth - 3.3;
    sections.push({ frame: disc.frame, t: half + 3, front: normalFront, back: normalBack, halfWidth: 8.8 });
    sections.push({ frame: disc.frame, t: 0, front: canal.sacFront, back: canal.sacBack, halfWidth: canal.sacHalfWidth });
    sections.push({ frame: disc.frame, t: -half - 3, front: normalFront, back: normalBack, halfWidth: 8.8 });
  });
  // The dural sac ends at S2 (the fused segment below S1).
  const s2 = column.sacrum[0];
  if (s2) {
    const back = s2.outline.posteriorWall;
    sections.push({ frame: s2.frame, t: s2.halfHeight * 0.3, front: back + 2, back: back + 6, halfWidth: 3 });
    sections.push({ frame: s2.frame, t: -s2.halfHeight * 0.2, front: back + 3.5, back: back + 4.5, halfWidth: 0.6 });
  }
  const knots = sections.map((s) => sectionKnot(s));
  knots.sort((a, b) => a.z - b.z);
  return knots.filter((knot, i) => i === 0 || knot.z - (knots[i - 1] as TubeKnot).z > 0.3);
}

function sectionKnot(s: SacSection): TubeKnot {
  const centre: Vec3 = toPatient(s.frame, [0, (s.front + s.back) / 2, s.t]);
  const cosTilt = Math.max(0.5, Math.abs(s.frame.w[2]));
  return { z: centre[2], x: centre[0], y: centre[1], rx: s.halfWidth, ry: Math.max(0.3, (s.back - s.front) / 2) / cosTilt };
}
