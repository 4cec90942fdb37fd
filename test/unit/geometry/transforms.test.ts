import { describe, expect, it } from 'vitest';
import { imagePoint, patientPoint, patientToPixel, pixelToPatient, sliceNormal } from '../../../electron/common/geometry';
import { rotate, sliceAround } from './geometryCases';

describe('pixel ↔ patient (PS3.3 C.7.6.2.1.1)', () => {
  // A doubly oblique sagittal slice with anisotropic pixels, like a real lumbar T2.
  const row = rotate(rotate([0, 1, 0], [0, 0, 1], 12), [1, 0, 0], -7);
  const column = rotate(rotate([0, 0, -1], [0, 0, 1], 12), [1, 0, 0], -7);
  const slice = sliceAround([12.3, -40.1, 85.7], row, column, 384, 320, 0.6875, 0.59375);

  it('maps the first pixel to ImagePositionPatient and moves Δc along the row per column', () => {
    expect(pixelToPatient(slice, imagePoint(0, 0))).toEqual(slice.position);
    const p = pixelToPatient(slice, imagePoint(1, 0));
    expect(Math.hypot(p[0] - slice.position[0], p[1] - slice.position[1], p[2] - slice.position[2])).toBeCloseTo(0.59375, 12);
  });

  it('round-trips pixel → patient → pixel within 1e-6 mm, off the plane too', () => {
    const n = sliceNormal(slice.rowDirection, slice.columnDirection);
    for (const [x, y] of [
      [0, 0],
      [319, 383],
      [160.25, 17.5],
      [-3, 400],
    ] as const) {
      const p = pixelToPatient(slice, imagePoint(x, y));
      const back = patientToPixel(slice, p);
      expect(Math.abs(back.point.x - x) * slice.columnSpacing).toBeLessThan(1e-6);
      expect(Math.abs(back.point.y - y) * slice.rowSpacing).toBeLessThan(1e-6);
      expect(Math.abs(back.distance)).toBeLessThan(1e-6);
      const off = patientPoint(p[0] + 2.5 * n[0], p[1] + 2.5 * n[1], p[2] + 2.5 * n[2]);
      const offBack = patientToPixel(slice, off);
      expect(offBack.distance).toBeCloseTo(2.5, 9);
      expect(Math.abs(offBack.point.x - x) * slice.columnSpacing).toBeLessThan(1e-6);
    }
  });
});
