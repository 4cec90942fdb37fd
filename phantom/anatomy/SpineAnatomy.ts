import type { Vec3 } from '../../electron/common/geometry';
import type { LevelId, Side } from '../../electron/common/vocabulary';
import type { Shape } from '../scene/Shape';
import type { CanalLevel } from './canalLayout';
import type { PlacedDisc, SpineColumn } from './SpineColumn';
import type { SpineParameters } from './SpineParameters';

/** Patient-space landmarks of one graded disc level (LPS, mm). */
export interface LevelLandmarks {
  readonly level: LevelId;
  readonly disc: PlacedDisc;
  readonly canal: CanalLevel;
  readonly discCentre: Vec3;
  /** The disc's axis (superior), the normal an axial slice through the disc follows. */
  readonly discNormal: Vec3;
  /** Centre of the thecal sac at the disc level: where the spinal canal point goes. */
  readonly canalCentre: Vec3;
  /** Centre of each neural foramen (below the pedicle of the upper vertebra). */
  readonly foramen: Readonly<Record<Side, Vec3>>;
  /** Centre of each lateral (subarticular) recess at the disc level. */
  readonly recess: Readonly<Record<Side, Vec3>>;
}

/** One study's anatomy: the parameters drawn, the placed column, and the shapes to paint in order. */
export interface SpineAnatomy {
  readonly parameters: SpineParameters;
  readonly column: SpineColumn;
  readonly canals: readonly CanalLevel[];
  readonly shapes: readonly Shape[];
  readonly levels: readonly LevelLandmarks[];
  /** x (LPS) of the canal's midline, mean over the graded levels. */
  readonly midlineX: number;
  /** y of the skin of the back. */
  readonly skinBack: number;
}
