import { normalize, type SliceGeometry, type Vec3 } from '../../electron/common/geometry';
import { centredGeometry } from './roundedGeometry';

export interface AxialBlockOptions {
  /** The disc centre the block is centred on. */
  readonly discCentre: Vec3;
  /** The disc's axis: the block's slice normal follows it (angled axial slices). */
  readonly normal: Vec3;
  /** In-plane offset of the field-of-view centre from the disc centre along the column direction (posterior), mm. */
  readonly posteriorShift: number;
  readonly lateralShift: number;
  readonly sliceCount: number;
  readonly spacing: number;
  readonly fov: number;
  readonly matrix: number;
}

/**
 * A block of axial slices through one disc, cranial to caudal, tilted to lie parallel to the
 * disc as lumbar protocols prescribe. Rows run to the patient's left (IOP row = +x), so the
 * patient's left is on the image's right; columns run posterior, tilted with the disc.
 */
export function planAxialBlock(o: AxialBlockOptions): { geometry: SliceGeometry; offset: number }[] {
  const n = normalize([0, o.normal[1], o.normal[2]]);
  const row: Vec3 = [1, 0, 0];
  const column: Vec3 = [0, n[2], -n[1]];
  const blocks: { geometry: SliceGeometry; offset: number }[] = [];
  for (let k = 0; k < o.sliceCount; k++) {
    // k = 0 is the most cranial slice.
    const offset = ((o.sliceCount - 1) / 2 - k) * o.spacing;
    const centre: Vec3 = [
      o.discCentre[0] + offset * n[0] + o.lateralShift,
      o.discCentre[1] + offset * n[1] + o.posteriorShift * column[1],
      o.discCentre[2] + offset * n[2] + o.posteriorShift * column[2],
    ];
    blocks.push({ geometry: centredGeometry(centre, row, column, o.fov, o.matrix), offset });
  }
  return blocks;
}
