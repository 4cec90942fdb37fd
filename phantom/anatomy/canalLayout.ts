import type { Side } from '../../electron/common/vocabulary';
import type { LevelSeverities } from './LevelSeverities';
import type { PlacedDisc } from './SpineColumn';

/**
 * The canal at one disc level, in the disc's frame (l left, a posterior from the disc centre,
 * mm): where the disc's back is, how far it bulges, how thick the ligamenta flava are, how big
 * the thecal sac can be, and how much the facets have grown. All narrowing is driven by the
 * location's continuous severity, so a Severe grade always looks tighter than a Moderate one
 * (issue 3: "the grade changes the anatomy visibly and in proportion").
 */
export interface CanalLevel {
  /** a of the disc's posterior wall. */
  readonly discBack: number;
  /** Half the interpedicular distance. */
  readonly halfWidth: number;
  /** Bony canal depth at the midline (disc back → laminar line). */
  readonly depth: number;
  /** Central disc bulge behind the disc's back, mm (spinal canal stenosis). */
  readonly centralBulge: number;
  /** Ligamentum flavum thickness at the midline and on each side. */
  readonly flavumMid: number;
  readonly flavum: Readonly<Record<Side, number>>;
  /** Thecal sac: front and back (a) and half width at the disc level. */
  readonly sacFront: number;
  readonly sacBack: number;
  readonly sacHalfWidth: number;
  /** Medial/anterior growth of the superior articular process into the lateral recess, mm. */
  readonly facetGrowth: Readonly<Record<Side, number>>;
  /** Paracentral disc bulge into the lateral recess, mm. */
  readonly recessBulge: Readonly<Record<Side, number>>;
  /** Foraminal severity per side, 0 … 1 (drives the foraminal bulge and facet osteophyte). */
  readonly foraminal: Readonly<Record<Side, number>>;
  readonly subarticular: Readonly<Record<Side, number>>;
  readonly spinal: number;
}

export function canalLayout(disc: PlacedDisc, severities: LevelSeverities): CanalLevel {
  const level = disc.params.level;
  const sev = (condition: Parameters<LevelSeverities['of']>[0]): number => (level ? severities.of(condition, level) : 0);
  const spinal = sev('spinal');
  const subarticular = { left: sev('left_subarticular'), right: sev('right_subarticular') };
  const foraminal = { left: sev('left_foraminal'), right: sev('right_foraminal') };
  const discBack = disc.outline.posteriorWall;
  const depth = disc.upper.params.canalDepth;
  const halfWidth = (disc.upper.params.canalWidth + disc.lower.params.canalWidth) / 4;
  const centralBulge = 0.6 + 5.2 * spinal;
  const flavumMid = 2.4 + 4.2 * spinal;
  const flavum = { left: 2.4 + 2.0 * spinal + 2.6 * subarticular.left, right: 2.4 + 2.0 * spinal + 2.6 * subarticular.right };
  const sacFront = discBack + centralBulge + 0.4;
  const sacBack = discBack + depth - flavumMid - 0.9;
  return {
    discBack,
    halfWidth,
    depth,
    centralBulge,
    flavumMid,
    flavum,
    sacFront,
    sacBack: Math.max(sacBack, sacFront + 1.2),
    sacHalfWidth: 8.6 - 3.2 * spinal - 0.8 * Math.max(subarticular.left, subarticular.right),
    facetGrowth: { left: 3.8 * subarticular.left, right: 3.8 * subarticular.right },
    recessBulge: { left: 0.6 + 2.2 * subarticular.left, right: 0.6 + 2.2 * subarticular.right },
    foraminal,
    subarticular,
    spinal,
  };
}

/** +1 for the patient's left (LPS +x), −1 for the right. */
export function sideSign(side: Side): 1 | -1 {
  return side === 'left' ? 1 : -1;
}
