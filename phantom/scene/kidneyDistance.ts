import { ellipseDistance } from './sdf';

/**
 * Axial outline of a lumbar vertebral body or disc (l lateral, a posterior): an ellipse whose
 * back is cut flat at a = posteriorWall and then hollowed by a shallow arc, giving the
 * kidney shape of the body and disc on axial MR.
 */
export interface KidneyOutline {
  /** Semi-axis along l (half the width). */
  readonly halfWidth: number;
  /** Semi-axis along a of the underlying ellipse (the anterior wall sits at a = -halfDepth). */
  readonly halfDepth: number;
  /** The flat posterior wall, a > 0. */
  readonly posteriorWall: number;
  /** How far the posterior wall is hollowed at the midline, mm. */
  readonly notchDepth: number;
}

export function kidneyDistance(l: number, a: number, k: KidneyOutline): number {
  let d = ellipseDistance(l, a, k.halfWidth, k.halfDepth);
  const cut = a - k.posteriorWall;
  if (cut > d) d = cut;
  if (k.notchDepth > 0) {
    const radius = k.halfWidth * 0.75;
    const centreA = k.posteriorWall + radius - k.notchDepth;
    const da = a - centreA;
    const notch = radius - Math.sqrt(l * l + da * da);
    if (notch > d) d = notch;
  }
  return d;
}

/** The outline for a body or disc of total depth D and width W (posterior wall at 0.42·D). */
export function kidneyOutline(width: number, depth: number, notchDepth: number): KidneyOutline {
  const halfDepth = depth / 1.72;
  return { halfWidth: width / 2, halfDepth, posteriorWall: 0.72 * halfDepth, notchDepth };
}
