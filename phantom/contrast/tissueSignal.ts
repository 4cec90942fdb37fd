import { TISSUE, TISSUE_COUNT, type Tissue } from '../scene/Tissue';
import type { PulseSequence } from './PulseSequence';

/**
 * Relative signal (0 … 1) of each tissue per sequence, as lumbar spine MR looks at 1.5–3 T:
 * on T1 fat and fatty marrow are bright, CSF, disc and muscle dark to intermediate; on T2 CSF
 * is the brightest, a healthy nucleus bright, fat stays fairly bright on fast spin echo; STIR
 * nulls fat (and marrow fat) so only water stays bright. Cortex, ligament and flowing blood are
 * dark on all three.
 */
const SIGNAL: Readonly<Record<PulseSequence, readonly number[]>> = {
  //     air  subcut muscle visc  retro vessel cortex marrow annul nucl  epidur lig   csf   nerve facet cord
  t1: [0.0, 0.96, 0.3, 0.42, 0.9, 0.07, 0.03, 0.66, 0.28, 0.34, 0.88, 0.08, 0.13, 0.36, 0.2, 0.4],
  t2: [0.0, 0.84, 0.17, 0.32, 0.8, 0.05, 0.03, 0.42, 0.2, 0.82, 0.74, 0.06, 1.0, 0.24, 0.8, 0.3],
  stir: [0.0, 0.07, 0.16, 0.38, 0.07, 0.05, 0.02, 0.1, 0.12, 0.86, 0.07, 0.05, 1.0, 0.3, 0.86, 0.3],
};

/** What a fully degenerated nucleus falls to (desiccated disc: dark on T2 and STIR). */
const DEGENERATED_NUCLEUS: Readonly<Record<PulseSequence, number>> = { t1: 0.27, t2: 0.16, stir: 0.15 };

/** A study's contrast: the table above with each value varied a little, as scanners differ. */
export class TissueContrast {
  private readonly table: Float64Array;

  constructor(
    readonly sequence: PulseSequence,
    jitter: (value: number) => number = (value) => value,
  ) {
    const base = SIGNAL[sequence];
    this.table = new Float64Array(TISSUE_COUNT);
    for (let t = 0; t < TISSUE_COUNT; t++) this.table[t] = t === TISSUE.air ? 0 : jitter(base[t] as number);
  }

  signal(tissue: Tissue, variant: number): number {
    const base = this.table[tissue] as number;
    if (tissue === TISSUE.nucleus) return base + (DEGENERATED_NUCLEUS[this.sequence] - base) * variant;
    if (tissue === TISSUE.annulus) return base * (1 - 0.25 * variant);
    // Abdominal contents vary from dark (collapsed bowel, solid organ) to bright (fluid).
    if (tissue === TISSUE.viscera) return base * (0.55 + 0.9 * variant) + (this.sequence === 't1' ? 0 : 0.25 * variant * variant);
    return base;
  }
}
