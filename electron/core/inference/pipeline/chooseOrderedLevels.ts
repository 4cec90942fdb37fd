import { LEVELS, levelInfo, type LevelId } from '../../../common/vocabulary';
import type { LocationCandidate } from './LocationCandidate';

/**
 * Adjacent lumbar discs are a vertebral body apart (adult lumbar bodies are 25–30 mm tall): two
 * chosen levels closer than this per level step are one disc read twice, the weaker one naming a
 * neighbour's level. Measured with the default models on phantom validation sets (not the
 * held-out set): points found within 5 mm rose from 93.3 % to 94.3 % (30 studies, seed 4242) and
 * from 95.2 % to 95.5 % (100 studies, seed 777); 10, 15 and 20 mm gave the same.
 */
export const MIN_DISC_STEP_MM = 15;

/**
 * One point per level of one condition, in cranio-caudal order: L1/L2 above L2/L3 above … L5/S1
 * in patient space (LPS +z is superior). Among each level's best `perLevel` candidates, picks the
 * set with the largest total score whose chosen levels descend in z by at least `minStepMm` per
 * level step (a weighted longest chain); a level whose every candidate breaks the order is left out and reported in
 * `dropped` (its answer falls back to priors). Candidates without geometry cannot be ordered:
 * then each level simply keeps its best.
 */
export function chooseOrderedLevels(
  candidates: readonly LocationCandidate[],
  perLevel = 3,
  minStepMm = MIN_DISC_STEP_MM,
): { chosen: Map<LevelId, LocationCandidate>; dropped: LevelId[] } {
  const nodes = LEVELS.flatMap((l) =>
    candidates
      .filter((c) => c.level === l.id)
      .sort((a, b) => b.score - a.score)
      .slice(0, perLevel),
  );
  const chosen = new Map<LevelId, LocationCandidate>();
  if (nodes.some((c) => c.patient === null)) {
    for (const node of nodes) if (!chosen.has(node.level)) chosen.set(node.level, node);
    return { chosen, dropped: [] };
  }
  const z = (c: LocationCandidate): number => (c.patient as readonly number[])[2] as number;
  const rank = (c: LocationCandidate): number => levelInfo(c.level).index;
  const total: number[] = [];
  const previous: (number | null)[] = [];
  let end = null as number | null;
  nodes.forEach((node, n) => {
    let best = node.score;
    let from: number | null = null;
    for (let m = 0; m < n; m++) {
      const earlier = nodes[m] as LocationCandidate;
      const chain = (total[m] as number) + node.score;
      if (rank(earlier) < rank(node) && z(earlier) - z(node) >= minStepMm * (rank(node) - rank(earlier)) && chain > best) {
        best = chain;
        from = m;
      }
    }
    total.push(best);
    previous.push(from);
    if (end === null || best > (total[end] as number)) end = n;
  });
  for (let at: number | null = end; at !== null; at = previous[at] ?? null) {
    const node = nodes[at] as LocationCandidate;
    chosen.set(node.level, node);
  }
  const dropped = [...new Set(nodes.map((n) => n.level))].filter((level) => !chosen.has(level));
  return { chosen, dropped };
}
