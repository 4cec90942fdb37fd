import type { LevelId } from '../../electron/common/vocabulary';

/** The vertebrae the phantom draws, cranial to caudal; S1 carries the sacrum below it. */
export const VERTEBRA_NAMES = ['T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1'] as const;
export type VertebraName = (typeof VERTEBRA_NAMES)[number];

/** Sizes of one vertebra (mm) and its sagittal tilt. */
export interface VertebraParameters {
  readonly name: VertebraName;
  /** Body height along its axis. */
  readonly height: number;
  /** Body depth (anterior–posterior). */
  readonly depth: number;
  readonly width: number;
  /** Interpedicular distance: the canal's width. */
  readonly canalWidth: number;
  /** Bony canal depth at the midline, from the posterior body wall to the laminae. */
  readonly canalDepth: number;
  readonly pedicleWidth: number;
  readonly pedicleHeight: number;
  readonly spinousLength: number;
  readonly transverseLength: number;
  /**
   * Angle (radians) of the body's superior axis from patient superior, in the sagittal plane;
   * positive tilts the top backwards (posterior). Lordosis makes L5 negative, L1 positive.
   */
  readonly tilt: number;
  /** Lateral offset of the body centre from the midline (a mild scoliosis), mm. */
  readonly lateralShift: number;
}

/** One disc, between vertebra `index` and `index + 1`. */
export interface DiscParameters {
  /** "T11/T12" … "L5/S1". */
  readonly name: string;
  /** The graded level, for L1/L2 … L5/S1. */
  readonly level: LevelId | null;
  /** Height at the centre after degeneration, mm. */
  readonly height: number;
  /** 0 healthy … 1 fully degenerated (dark on T2, flat). */
  readonly degeneration: number;
  /** Facet joint angle from the sagittal plane, radians. */
  readonly facetAngle: number;
}

export interface SoftTissueParameters {
  readonly torsoWidth: number;
  readonly torsoDepth: number;
  /** Subcutaneous fat over the back, mm. */
  readonly backFat: number;
  /** Subcutaneous fat elsewhere, mm. */
  readonly sideFat: number;
  readonly paraspinalWidth: number;
  readonly paraspinalDepth: number;
  readonly psoasRadius: number;
  readonly aortaRadius: number;
}

export interface SpineParameters {
  readonly vertebrae: readonly VertebraParameters[];
  /** discs[i] lies between vertebrae[i] and vertebrae[i + 1]. */
  readonly discs: readonly DiscParameters[];
  readonly softTissue: SoftTissueParameters;
  /** Where the L3 body centre sits in patient space (LPS, mm). */
  readonly l3Centre: readonly [number, number, number];
  /** Where the conus medullaris ends, as a fraction from the T12/L1 disc (0) to the L1/L2 disc (1). */
  readonly conusLevel: number;
}
