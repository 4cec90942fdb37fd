import { describe, expect, it } from 'vitest';
import { patientPoint } from '../../../electron/common/geometry';
import type { LevelId } from '../../../electron/common/vocabulary';
import { MIN_DISC_STEP_MM, chooseOrderedLevels } from '../../../electron/core/inference/pipeline/chooseOrderedLevels';
import type { LocationCandidate } from '../../../electron/core/inference/pipeline/LocationCandidate';

function candidate(level: LevelId, z: number | null, score: number): LocationCandidate {
  const slice = { instanceId: 1, instanceNumber: 1, filePath: 'x', frame: 0, rows: 10, columns: 10, geometry: null };
  return {
    condition: 'spinal',
    level,
    seriesId: 1,
    slice,
    x: 0,
    y: 0,
    score,
    patient: z === null ? null : patientPoint(0, 0, z),
    detection: { classIndex: 0, className: '', score, box: { x1: 0, y1: 0, x2: 0, y2: 0 }, centre: { x: 0, y: 0 } },
  };
}

describe('chooseOrderedLevels', () => {
  it('keeps the best per level when they are in cranio-caudal order', () => {
    const { chosen, dropped } = chooseOrderedLevels([
      candidate('l1_l2', 100, 0.9),
      candidate('l2_l3', 60, 0.8),
      candidate('l2_l3', 120, 0.5),
      candidate('l5_s1', -50, 0.4),
    ]);
    expect([...chosen].map(([l, c]) => [l, c.score])).toEqual([
      ['l5_s1', 0.4],
      ['l2_l3', 0.8],
      ['l1_l2', 0.9],
    ]);
    expect(dropped).toEqual([]);
  });

  it('takes a lower-scored candidate that fits the order over a better one that does not', () => {
    // L3/L4's best (0.9) sits above L2/L3: the chain L1/L2 (100) > L2/L3 (60) > L3/L4 (20, 0.3) wins.
    const { chosen } = chooseOrderedLevels([
      candidate('l1_l2', 100, 0.8),
      candidate('l2_l3', 60, 0.8),
      candidate('l3_l4', 80, 0.9),
      candidate('l3_l4', 20, 0.3),
    ]);
    expect(chosen.get('l3_l4')!.score).toBe(0.3);
    expect(chosen.size).toBe(3);
  });

  it('drops a level whose every candidate breaks the order', () => {
    const { chosen, dropped } = chooseOrderedLevels([
      candidate('l1_l2', 100, 0.9),
      candidate('l2_l3', 60, 0.9),
      candidate('l4_l5', 80, 0.5),
    ]);
    expect([...chosen.keys()].sort()).toEqual(['l1_l2', 'l2_l3']);
    expect(dropped).toEqual(['l4_l5']);
  });

  it('will not take two levels closer than a vertebral body per level step: one disc read twice', () => {
    // L2/L3 (0.55) and L3/L4 (0.36) sit 5 mm apart, as when the detector names one disc twice:
    // the weaker is dropped, while L4/L5 32 mm below L2/L3 and two steps away fits.
    const twice = [
      candidate('l1_l2', 22, 0.4),
      candidate('l2_l3', -10.7, 0.55),
      candidate('l3_l4', -15.5, 0.36),
      candidate('l5_s1', -73, 0.74),
    ];
    const { chosen, dropped } = chooseOrderedLevels(twice);
    expect([...chosen.keys()].sort()).toEqual(['l1_l2', 'l2_l3', 'l5_s1']);
    expect(dropped).toEqual(['l3_l4']);
    expect(MIN_DISC_STEP_MM).toBe(15);
    expect(chooseOrderedLevels([candidate('l2_l3', -10.7, 0.55), candidate('l4_l5', -38, 0.5)]).chosen.size).toBe(1);
    expect(chooseOrderedLevels([candidate('l2_l3', -10.7, 0.55), candidate('l4_l5', -41, 0.5)]).chosen.size).toBe(2);
    // With no minimum the order alone decides, and both stay.
    expect(chooseOrderedLevels(twice, 3, 0).chosen.size).toBe(4);
  });

  it('keeps each level’s best when there is no geometry to order by', () => {
    const { chosen, dropped } = chooseOrderedLevels([
      candidate('l1_l2', null, 0.5),
      candidate('l1_l2', null, 0.7),
      candidate('l4_l5', null, 0.5),
    ]);
    expect(chosen.get('l1_l2')!.score).toBe(0.7);
    expect(chosen.size).toBe(2);
    expect(dropped).toEqual([]);
  });
});
