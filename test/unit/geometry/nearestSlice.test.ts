import { describe, expect, it } from 'vitest';
import {
  add,
  imagePoint,
  nearestSlice,
  patientPoint,
  pixelToPatient,
  scale,
  sliceNormal,
  type SliceGeometry,
} from '../../../electron/common/geometry';
import { rotate, sliceAround } from './geometryCases';

describe('nearestSlice', () => {
  // 17 oblique sagittal slices, 3.3 mm apart along their normal, listed in reverse order.
  const row = rotate([0, 1, 0], [0, 0, 1], 15);
  const column = rotate([0, 0, -1], [0, 1, 0], 5);
  const normal = sliceNormal(row, column);
  const series: SliceGeometry[] = Array.from({ length: 17 }, (_, i) =>
    sliceAround(add([5, -20, 60], scale(normal, (16 - i) * 3.3)), row, column, 256, 256, 0.8, 0.8),
  );

  it('finds the slice through a point 1.2 mm off slice 4 and reports the signed distance', () => {
    const onSlice4 = pixelToPatient(series[4] as SliceGeometry, imagePoint(100, 140));
    const point = patientPoint(...add(onSlice4, scale(normal, -1.2)));
    const nearest = nearestSlice(series, point);
    expect(nearest?.index).toBe(4);
    expect(nearest?.distance).toBeCloseTo(-1.2, 9);
    expect(nearest?.insideImage).toBe(true);
  });

  it('picks the nearer of two neighbours and flags a point outside the image', () => {
    const onSlice10 = pixelToPatient(series[10] as SliceGeometry, imagePoint(300, 20));
    const nearest = nearestSlice(series, patientPoint(...add(onSlice10, scale(normal, 1.7))));
    // Slice 9 sits 3.3 mm further along the normal: 1.6 mm away against 1.7 mm.
    expect(nearest?.index).toBe(9);
    expect(nearest?.distance).toBeCloseTo(-1.6, 9);
    expect(nearest?.insideImage).toBe(false);
  });

  it('returns null for an empty series', () => {
    expect(nearestSlice([], patientPoint(0, 0, 0))).toBeNull();
  });
});
