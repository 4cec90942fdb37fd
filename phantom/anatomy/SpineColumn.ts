import type { Vec3 } from '../../electron/common/geometry';
import type { Frame } from '../scene/Frame';
import type { KidneyOutline } from '../scene/kidneyDistance';
import type { DiscParameters, VertebraParameters } from './SpineParameters';

/** A vertebra placed in patient space. Its frame: origin at the body centre, u left, v posterior, w up its axis. */
export interface PlacedVertebra {
  readonly params: VertebraParameters;
  readonly frame: Frame;
  readonly outline: KidneyOutline;
  readonly halfHeight: number;
}

/** A fused sacral segment below S1 (S2–S4): a body only. */
export interface PlacedSacralSegment {
  readonly frame: Frame;
  readonly outline: KidneyOutline;
  readonly halfHeight: number;
}

/** A disc placed between its two bodies; its frame bisects theirs, origin at the disc centre. */
export interface PlacedDisc {
  readonly params: DiscParameters;
  readonly frame: Frame;
  readonly upper: PlacedVertebra;
  readonly lower: PlacedVertebra;
  readonly outline: KidneyOutline;
}

export interface SpineColumn {
  readonly vertebrae: readonly PlacedVertebra[];
  readonly discs: readonly PlacedDisc[];
  readonly sacrum: readonly PlacedSacralSegment[];
  /** The patient-space point the midline sagittal plane passes through (x of the canal at L3). */
  readonly midline: Vec3;
}
