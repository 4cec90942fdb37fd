import { positionAlongNormal, sliceNormal } from '../../electron/common/geometry';
import type { DisplayWindow } from '../render/autoWindow';
import type { SlicePlan } from '../protocol/SeriesPlan';

/** The attributes that differ from slice to slice (Image Plane geometry, numbering, window). */
export function sliceDataset(slice: SlicePlan, window: DisplayWindow): Record<string, unknown> {
  const g = slice.geometry;
  const normal = sliceNormal(g.rowDirection, g.columnDirection);
  return {
    SOPInstanceUID: slice.sopInstanceUid,
    InstanceNumber: slice.instanceNumber,
    ImagePositionPatient: [...g.position],
    ImageOrientationPatient: [...g.rowDirection, ...g.columnDirection],
    SliceLocation: Number(positionAlongNormal(g.position, normal).toFixed(4)),
    Rows: g.rows,
    Columns: g.columns,
    PixelSpacing: [g.rowSpacing, g.columnSpacing],
    WindowCenter: window.center,
    WindowWidth: window.width,
  };
}
