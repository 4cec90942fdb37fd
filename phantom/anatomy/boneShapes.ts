import type { Shape } from '../scene/Shape';
import { TISSUE } from '../scene/Tissue';

/** Cortical shell thickness drawn around every bone, mm (dark on every sequence). */
export const CORTEX_MM = 1.3;

/**
 * A bone as two shapes: the whole of it in cortex, then the same shape shrunk by the cortical
 * thickness in marrow, painted over it, which leaves a dark rim as on MR.
 */
export function bone(make: (tissue: typeof TISSUE.cortex | typeof TISSUE.marrow, inset: number) => Shape): Shape[] {
  return [make(TISSUE.cortex, 0), make(TISSUE.marrow, CORTEX_MM)];
}
