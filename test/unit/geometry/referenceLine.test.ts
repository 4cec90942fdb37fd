import { describe, expect, it } from 'vitest';
import {
  imagePoint,
  patientToPixel,
  pixelToPatient,
  referenceLine,
  sliceNormal,
  dot,
  sub,
  type SliceGeometry,
} from '../../../electron/common/geometry';
import { rotate, sliceAround } from './geometryCases';

function distanceToPlane(plane: SliceGeometry, target: SliceGeometry, x: number, y: number): number {
  const p = pixelToPatient(target, imagePoint(x, y));
  return dot(sliceNormal(plane.rowDirection, plane.columnDirection), sub(p, plane.position));
}

describe('referenceLine', () => {
  // Axial 256×256 at z = 40, 1 mm pixels, centred on the origin in x and y.
  const axial = sliceAround([0, 0, 40], [1, 0, 0], [0, 1, 0], 256, 256, 1, 1);

  it('draws a sagittal plane at x = 10.5 mm as a full-height vertical line on the axial image', () => {
    const sagittal = sliceAround([10.5, 0, 40], [0, 1, 0], [0, 0, -1], 320, 320, 0.8, 0.8);
    const line = referenceLine(axial, sagittal);
    // Column of x = 10.5: (10.5 − (−127.5)) / 1 = 138.
    expect(line).not.toBeNull();
    const { start, end } = line as NonNullable<typeof line>;
    expect([start.x, end.x].map((v) => Number(v.toFixed(9)))).toEqual([138, 138]);
    expect([Math.min(start.y, end.y), Math.max(start.y, end.y)]).toEqual([-0.5, 255.5]);
  });

  it('clips an oblique line to the target image edges, with both ends on the source plane', () => {
    const oblique = sliceAround([20, -10, 40], rotate([0, 1, 0], [0, 0, 1], 30), rotate([0, 0, -1], [0, 1, 0], 10), 320, 320, 0.8, 0.8);
    const line = referenceLine(axial, oblique);
    expect(line).not.toBeNull();
    for (const p of [line!.start, line!.end]) {
      expect(Math.abs(distanceToPlane(oblique, axial, p.x, p.y))).toBeLessThan(1e-9);
      const onEdge = [p.x + 0.5, p.x - 255.5, p.y + 0.5, p.y - 255.5].some((d) => Math.abs(d) < 1e-9);
      expect(onEdge).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(-0.5 - 1e-9);
      expect(p.x).toBeLessThanOrEqual(255.5 + 1e-9);
    }
    // A 30° twist about z: the line runs at 30° from the column direction, 60° from the rows.
    const angle = (Math.atan2(Math.abs(line!.end.y - line!.start.y), Math.abs(line!.end.x - line!.start.x)) * 180) / Math.PI;
    expect(angle).toBeCloseTo(60, 9);
  });

  it('with clipToSource keeps only the part that lies on the source image', () => {
    // A short sagittal image: 40 rows of 1 mm centred at z = 40 along the column, 60 mm along y.
    const short = sliceAround([0, 5, 40], [0, 1, 0], [0, 0, -1], 40, 60, 1, 1);
    const line = referenceLine(axial, short, { clipToSource: true });
    expect(line).not.toBeNull();
    const ys = [line!.start.y, line!.end.y].sort((p, q) => p - q);
    // y from 5 − 30 to 5 + 30 mm, i.e. rows 127.5 − 25 − 0.5 … 127.5 + 35 − 0.5 + … in axial pixels.
    expect(ys[0]).toBeCloseTo(127.5 + 5 - 30, 9);
    expect(ys[1]).toBeCloseTo(127.5 + 5 + 30, 9);
    const onSource = patientToPixel(short, pixelToPatient(axial, line!.start)).point;
    expect(Math.min(Math.abs(onSource.x + 0.5), Math.abs(onSource.x - 59.5))).toBeLessThan(1e-9);
  });

  it('has no line for parallel planes or a plane that misses the image', () => {
    expect(referenceLine(axial, sliceAround([0, 0, 70], [1, 0, 0], [0, 1, 0], 256, 256, 1, 1))).toBeNull();
    expect(referenceLine(axial, sliceAround([500, 0, 40], [0, 1, 0], [0, 0, -1], 256, 256, 1, 1))).toBeNull();
  });
});
