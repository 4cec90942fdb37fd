import { describe, expect, it } from 'vitest';
import { patientPoint } from '../../../electron/common/geometry';
import { LOCATIONS, locationKey } from '../../../electron/common/vocabulary';
import { priorTableFromCounts, RSNA_GRADE_FREQUENCIES } from '../../../electron/core/inference/pipeline/classPriors';
import { axialSlicesForLevels, lateralSlices, midlineSlices, sideOfX } from '../../../electron/core/inference/pipeline/selectTargetSlices';
import { levelZ, syntheticStudy } from '../../support/syntheticStudy';

const study = syntheticStudy(1);
const [sagT2, sagT1, axial] = study.input.series as [
  (typeof study.input.series)[0],
  (typeof study.input.series)[0],
  (typeof study.input.series)[0],
];

describe('target slices', () => {
  it('takes the sagittal slices nearest the midline, nearest first', () => {
    expect(midlineSlices(sagT2, 3).map((s) => s.geometry!.position[0])).toEqual([0, 4, -4]);
    expect(midlineSlices(sagT2, 3, 9).map((s) => s.geometry!.position[0])).toEqual([8, 12, 4]);
  });

  it('takes the slices about 20 mm either side, with the side from LPS x (+x = patient left)', () => {
    const picked = lateralSlices(sagT1, 0, 2, 20).map((t) => [t.side, t.slice.geometry!.position[0]]);
    // Equal distances keep the series order (x falling along the stack's normal, −x).
    expect(picked).toEqual([
      ['left', 20],
      ['left', 24],
      ['right', -20],
      ['right', -16],
    ]);
    expect(sideOfX(5, 0)).toBe('left');
    expect(sideOfX(-5, 0)).toBe('right');
  });

  it('places each level on the nearest axial slice that contains it, within the distance limit', () => {
    const points = new Map([
      ['l1_l2', patientPoint(0, 14, levelZ(0) + 1)],
      ['l3_l4', patientPoint(0, 14, levelZ(2))],
      ['l4_l5', patientPoint(0, 14, levelZ(3) + 30)], // 26 mm from the nearest axial slice
      ['l5_s1', patientPoint(400, 14, levelZ(4))], // outside every axial image
    ] as const);
    const targets = axialSlicesForLevels([axial], points, 1, 12);
    expect(targets.map((t) => [t.level, t.slice.geometry!.position[2], t.distanceMm])).toEqual([
      ['l1_l2', levelZ(0), 1],
      ['l3_l4', levelZ(2), 0],
    ]);
    expect(targets[1]!.canal).toEqual({ x: 128, y: 132 });
    expect(
      axialSlicesForLevels([axial], points, 2, 12)
        .filter((t) => t.level === 'l3_l4')
        .map((t) => t.slice.geometry!.position[2] - levelZ(2)),
    ).toEqual([0, -4]);
  });
});

describe('class priors', () => {
  it('are the RSNA frequencies without labels and move toward a location’s own counts, never to zero', () => {
    const empty = priorTableFromCounts(new Map());
    expect(empty[locationKey(LOCATIONS[0]!)]).toEqual(RSNA_GRADE_FREQUENCIES);
    const table = priorTableFromCounts(new Map([['spinal:l4_l5', [0, 0, 80] as const]]));
    const p = table['spinal:l4_l5']!;
    // (0 + 20·0.774) / 100, (0 + 20·0.163) / 100, (80 + 20·0.063) / 100
    expect(p[0]).toBeCloseTo(0.1548, 12);
    expect(p[1]).toBeCloseTo(0.0326, 12);
    expect(p[2]).toBeCloseTo(0.8126, 12);
    for (const row of Object.values(table)) expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 12);
  });
});
