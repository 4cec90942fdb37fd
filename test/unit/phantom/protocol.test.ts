import { describe, expect, it } from 'vitest';
import { dot, planeOrientation, positionAlongNormal, sliceNormal } from '../../../electron/common/geometry';
import { classifySeriesRole, LEVEL_IDS } from '../../../electron/common/vocabulary';
import { planPhantomStudy } from '../../../phantom/planPhantomStudy';
import { planAxialBlock } from '../../../phantom/protocol/planAxialBlock';
import { planSagittalStack } from '../../../phantom/protocol/planSagittalStack';
import { SERIES_DESCRIPTIONS } from '../../../phantom/protocol/seriesDescriptions';

describe('slice prescriptions', () => {
  it('stacks sagittal slices from the patient right to left at the given spacing', () => {
    const slices = planSagittalStack({ centre: [2, -10, 30], yaw: 0.02, sliceCount: 17, spacing: 4.4, fov: 300, matrix: 512 });
    expect(slices).toHaveLength(17);
    const normal = sliceNormal(slices[0]!.rowDirection, slices[0]!.columnDirection);
    expect(planeOrientation(normal)).toBe('sagittal');
    const x = slices.map((s) => s.position[0]);
    for (let i = 1; i < x.length; i++) expect(x[i]! - x[i - 1]!).toBeCloseTo(4.4 * Math.cos(0.02), 3);
    expect(slices[0]!.rowSpacing).toBeCloseTo(300 / 512, 6);
  });

  it('changes the matrix part way when asked (a pitfall), keeping the field of view', () => {
    const slices = planSagittalStack({
      centre: [0, 0, 0],
      yaw: 0,
      sliceCount: 15,
      spacing: 4,
      fov: 280,
      matrix: 512,
      matrixChange: { fromIndex: 7, matrix: 384 },
    });
    expect(new Set(slices.map((s) => s.rows))).toEqual(new Set([512, 384]));
    for (const s of slices) expect(s.rows * s.rowSpacing).toBeCloseTo(280, 3);
  });

  it('tilts axial blocks with the disc, patient left on the image right, cranial slice first', () => {
    const tilt = 0.25;
    const normal: [number, number, number] = [0, Math.sin(tilt), Math.cos(tilt)];
    const block = planAxialBlock({
      discCentre: [0, 10, -40],
      normal,
      posteriorShift: 25,
      lateralShift: 0,
      sliceCount: 4,
      spacing: 4,
      fov: 180,
      matrix: 320,
    });
    expect(block).toHaveLength(4);
    const g = block[0]!.geometry;
    expect([...g.rowDirection]).toEqual([1, 0, 0]);
    const n = sliceNormal(g.rowDirection, g.columnDirection);
    expect(dot(n, normal)).toBeCloseTo(1, 6);
    const positions = block.map((b) => positionAlongNormal(b.geometry.position, n));
    expect(positions[0]! - positions[1]!).toBeCloseTo(4, 3);
    expect(block.map((b) => b.offset)).toEqual([6, 2, -2, -6]);
  });
});

describe('study series plans', () => {
  it('plans a lumbar protocol: two sagittal stacks of 15–19 slices and axial blocks through the disc levels', () => {
    for (let index = 0; index < 12; index++) {
      const { series, pitfalls } = planPhantomStudy(404, index, { pitfalls: 'none' });
      const roles = series.map((s) => s.role);
      expect(roles.filter((r) => r === 'sag_t1')).toHaveLength(1);
      expect(roles.filter((r) => r === 'sag_t2')).toHaveLength(1);
      expect(roles.filter((r) => r === 'ax_t2')).toHaveLength(pitfalls.axialSeriesCount);
      for (const s of series) {
        if (s.role !== 'ax_t2') expect(s.slices.length).toBeGreaterThanOrEqual(15);
        if (s.role !== 'ax_t2') expect(s.slices.length).toBeLessThanOrEqual(19);
        for (const slice of s.slices) {
          expect(slice.geometry.rows).toBeGreaterThanOrEqual(256);
          expect(slice.geometry.rows).toBeLessThanOrEqual(640);
        }
        expect(new Set(s.slices.map((x) => x.instanceNumber)).size).toBe(s.slices.length);
      }
      expect(series.filter((s) => s.role === 'ax_t2').flatMap((s) => s.levels)).toEqual(LEVEL_IDS);
      expect(new Set(series.map((s) => s.seriesId)).size).toBe(series.length);
    }
  });

  it('varies matrix sizes across studies', () => {
    const sizes = new Set<number>();
    for (let index = 0; index < 20; index++) for (const s of planPhantomStudy(405, index).series) sizes.add(s.slices[0]!.geometry.rows);
    expect(sizes.size).toBeGreaterThanOrEqual(4);
  });

  it('applies pitfalls: shuffled numbers, split axial coverage, L1/L2 skipped, a missing series', () => {
    const plan = planPhantomStudy(406, 0, { pitfalls: { shuffledInstances: true, axialSeriesCount: 3, axialSkipsL1L2: true } });
    const axial = plan.series.filter((s) => s.role === 'ax_t2');
    expect(axial).toHaveLength(3);
    const covered = axial.flatMap((s) => s.levels);
    expect(covered).toEqual(['l2_l3', 'l3_l4', 'l4_l5', 'l5_s1']);
    for (const s of axial) expect(s.levels.length).toBeGreaterThan(0);
    const inOrder = (s: (typeof plan.series)[number]): boolean => {
      const n = s.slices.map((x) => x.instanceNumber);
      return n.every((v, i) => i === 0 || v > n[i - 1]!) || n.every((v, i) => i === 0 || v < n[i - 1]!);
    };
    expect(plan.series.some((s) => !inOrder(s))).toBe(true);
    const missing = planPhantomStudy(406, 1, { pitfalls: { missingSeries: 'sag_t2' } });
    expect(missing.series.some((s) => s.role === 'sag_t2')).toBe(false);
    expect(missing.points.some((p) => p.condition === 'spinal')).toBe(false);
  });

  it('writes series descriptions the role classifier understands', () => {
    for (const [key, descriptions] of Object.entries(SERIES_DESCRIPTIONS)) {
      const role = key.split(':')[0];
      for (const description of descriptions) {
        const decided = classifySeriesRole({
          rsnaDescription: null,
          seriesDescription: description,
          orientation: null,
          repetitionTime: null,
          echoTime: null,
          inversionTime: null,
        });
        expect(decided.role, description).toBe(role);
      }
    }
  });
});
