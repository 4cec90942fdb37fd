import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  add,
  imagePoint,
  nearestSlice,
  orientationLabels,
  patientPoint,
  pixelToPatient,
  referenceLine,
  scale,
  sliceNormal,
  type SliceGeometry,
  type Vec3,
} from '../../../electron/common/geometry';
import { readDicomHeader } from '../../../electron/core/dicom/readDicomHeader';
import { sliceGeometryOfHeader } from '../../../electron/core/dicom/sliceGeometryOfHeader';
import { writeTestSlice } from '../../support/testDicom';
import { rotate } from './geometryCases';

/**
 * Geometry from real DICOM files: an oblique sagittal series and an axial slice written with
 * encodePart10 and read back with readDicomHeader, so the DS round trip of the header is part
 * of what is checked.
 */
describe('geometry of a series read from files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sr-geometry-'));
  const row = rotate([0, 1, 0], [0, 0, 1], 8);
  const column = rotate([0, 0, -1], [0, 1, 0], 4);
  const normal = sliceNormal(row, column);
  const round = (v: Vec3): [number, number, number] => v.map((x) => Number(x.toFixed(6))) as [number, number, number];
  const sagittal: SliceGeometry[] = [];
  for (let i = 0; i < 15; i++) {
    const file = join(dir, `sag-${i}.dcm`);
    writeTestSlice(file, {
      studyUid: '1.2.3',
      seriesUid: '1.2.3.1',
      sopUid: `1.2.3.1.${i}`,
      instanceNumber: i + 1,
      rows: 64,
      columns: 48,
      position: round(add([26, -60, 120], scale(normal, i * 4))), // the normal points right (−x)
      orientation: [...round(row), ...round(column)] as [number, number, number, number, number, number],
      pixelSpacing: [0.9, 1.1],
    });
    sagittal.push(sliceGeometryOfHeader(readDicomHeader(file)) as SliceGeometry);
  }
  const axialFile = join(dir, 'axial.dcm');
  writeTestSlice(axialFile, {
    studyUid: '1.2.3',
    seriesUid: '1.2.3.2',
    sopUid: '1.2.3.2.1',
    instanceNumber: 1,
    rows: 80,
    columns: 80,
    position: [-60, -90, 100],
    orientation: [1, 0, 0, 0, 1, 0],
    pixelSpacing: [1.5, 1.5],
  });
  const axial = sliceGeometryOfHeader(readDicomHeader(axialFile)) as SliceGeometry;

  it('finds the slice of a point taken on slice 9 of the files', () => {
    const point = pixelToPatient(sagittal[9] as SliceGeometry, imagePoint(20, 30));
    const nearest = nearestSlice(
      sagittal,
      patientPoint(point[0] + normal[0] * 0.7, point[1] + normal[1] * 0.7, point[2] + normal[2] * 0.7),
    );
    expect(nearest?.index).toBe(9);
    expect(nearest?.distance).toBeCloseTo(0.7, 5);
  });

  it('draws each sagittal slice on the axial image as a line whose ends lie on that slice', () => {
    const lines = sagittal.map((slice) => referenceLine(axial, slice));
    const drawn = lines.filter((line) => line !== null);
    expect(drawn.length).toBe(15);
    lines.forEach((line, i) => {
      if (!line) return;
      for (const end of [line.start, line.end]) {
        const p = pixelToPatient(axial, end);
        const slice = sagittal[i] as SliceGeometry;
        const d = (p[0] - slice.position[0]) * normal[0] + (p[1] - slice.position[1]) * normal[1] + (p[2] - slice.position[2]) * normal[2];
        expect(Math.abs(d)).toBeLessThan(1e-4); // headers keep 6 decimals
      }
    });
    // Neighbouring slices 4 mm apart give parallel lines 4 mm apart: 4 / 1.5 px at this tilt.
    const a = lines[3] as NonNullable<(typeof lines)[number]>;
    const b = lines[4] as NonNullable<(typeof lines)[number]>;
    const offset = Math.abs((a.start.x + a.end.x - (b.start.x + b.end.x)) / 2);
    expect(offset * 1.5 * Math.cos((8 * Math.PI) / 180)).toBeCloseTo(4, 1);
  });

  it('labels the edges of the oblique sagittal slices', () => {
    const slice = sagittal[0] as SliceGeometry;
    // Row (−sin 8°, cos 8°, 0), column (−sin 4°, 0, −cos 4°).
    expect(orientationLabels(slice.rowDirection, slice.columnDirection)).toEqual({ right: 'PR', left: 'AL', bottom: 'IR', top: 'SL' });
  });
});
