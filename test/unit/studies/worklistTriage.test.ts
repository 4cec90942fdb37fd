import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StudySummary } from '../../../electron/common/contract';
import { asStudyId } from '../../../electron/common/ids';
import { setGrade } from '../../../electron/core/labels/editLabels';
import { recordAction } from '../../../electron/core/labels/recordAction';
import { listStudies } from '../../../electron/core/studies/listStudies';
import { sampleOfRest } from '../../../electron/core/studies/sampleOfRest';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { labelledStudy } from '../../support/labelledStudy';
import { writeSimulatedAiRun } from '../../support/simulatedAiRun';
import { tempDir } from '../../support/tempDir';

/**
 * The triage worklists of product.md P1: AI–label disagreement ordered by what it costs under the
 * competition metric (weight × confidence), and a stable random sample of the rest.
 */
describe('worklist triage', () => {
  it('orders disagreements by their competition cost, not their number', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'db.sqlite'));
    // Every cell labelled Normal/Mild except spinal L4/L5, Moderate (weights 1 and 2).
    const a = await labelledStudy(db, join(dir, 'images'), '1000001');
    const b = await labelledStudy(db, join(dir, 'images'), '1000002');
    const c = await labelledStudy(db, join(dir, 'images'), '1000003');
    const agreeing = await labelledStudy(db, join(dir, 'images'), '1000004');
    writeSimulatedAiRun(
      db,
      a,
      new Map([
        ['spinal:l1_l2', { probabilities: [0.45, 0.5, 0.05] }],
        ['spinal:l4_l5', { probabilities: [0.1, 0.8, 0.1] }],
      ]),
    );
    writeSimulatedAiRun(db, b, new Map([['spinal:l4_l5', { probabilities: [0.9, 0.02, 0.08] }]]));
    writeSimulatedAiRun(
      db,
      c,
      new Map([
        ['spinal:l1_l2', { probabilities: [0.4, 0.5, 0.1] }],
        ['spinal:l2_l3', { probabilities: [0.4, 0.1, 0.5] }],
        ['spinal:l4_l5', { probabilities: [0.1, 0.8, 0.1] }],
      ]),
    );
    writeSimulatedAiRun(db, agreeing, new Map([['spinal:l4_l5', { probabilities: [0.1, 0.8, 0.1] }]]));
    const loss = (id: number) => listStudies(db).find((s) => s.id === id)?.disagreementLoss;
    expect(loss(a)).toBeCloseTo(-Math.log(0.45), 12);
    expect(loss(b)).toBeCloseTo(-2 * Math.log(0.02), 12);
    expect(loss(c)).toBeCloseTo(-2 * Math.log(0.4), 12);
    expect(loss(agreeing)).toBe(0);
    // Kept by the store's triggers: a corrected label and a newer run change it at once.
    recordAction(db, b, 'dr-a', 'reader', (meta) => setGrade(db, b, 'spinal', 'l4_l5', 'normal_mild', meta));
    expect(loss(b)).toBe(0);
    writeSimulatedAiRun(db, b, new Map([['spinal:l4_l5', { probabilities: [0.2, 0.2, 0.6] }]]));
    expect(loss(b)).toBeCloseTo(-Math.log(0.2), 12);
    recordAction(db, b, 'dr-a', 'reader', (meta) => setGrade(db, b, 'spinal', 'l4_l5', 'moderate', meta));
    expect(loss(b)).toBeCloseTo(-2 * Math.log(0.2), 12);
    writeSimulatedAiRun(db, b, new Map([['spinal:l4_l5', { probabilities: [0.9, 0.02, 0.08] }]]));
    expect(loss(b)).toBeCloseTo(-2 * Math.log(0.02), 12);
    const order = listStudies(db, { sort: { by: 'disagreements', direction: 'desc' } }).map((s) => [s.key, s.disagreements]);
    // By number, study 3 (two disagreements) would lead; by cost the Moderate the AI gave 2 % does.
    expect(order).toEqual([
      ['1000002', 1],
      ['1000003', 2],
      ['1000001', 1],
      ['1000004', 0],
    ]);
    expect(listStudies(db, { sort: { by: 'disagreements', direction: 'asc' } }).map((s) => s.key)).toEqual([
      '1000004',
      '1000001',
      '1000003',
      '1000002',
    ]);
    // The rest is the agreeing study only; at 100 % the sample is all of it.
    expect(listStudies(db, { sampleOfRest: 100 }).map((s) => s.key)).toEqual(['1000004']);
    expect(listStudies(db, { sampleOfRest: 100 }, undefined, true).map((s) => s.key)).toEqual(['1000001', '1000002', '1000003', '1000004']);
    db.close();
  });

  it('samples the rest stably: the same studies every time, a larger sample adds to a smaller one', () => {
    const summary = (key: string, patch: Partial<StudySummary> = {}): StudySummary => ({
      id: asStudyId(Number(key)),
      key,
      instances: 40,
      seriesByRole: { sag_t1: 1, sag_t2: 1, ax_t2: 1, other: 0 },
      status: 'ai_done',
      labelledCells: 25,
      points: 25,
      disagreements: 0,
      disagreementLoss: 0,
      worstGrade: 'moderate',
      lastReader: null,
      updatedAt: null,
      labelProblems: 0,
      ...patch,
    });
    const studies = Array.from({ length: 2000 }, (_, i) => summary(String(4_000_000 + i * 7919)));
    const ten = sampleOfRest(studies, 10, false);
    const five = sampleOfRest(studies, 5, false);
    expect(ten.length).toBeGreaterThan(160);
    expect(ten.length).toBeLessThan(240);
    expect(sampleOfRest(studies, 10, false)).toEqual(ten);
    expect(five.every((s) => ten.includes(s))).toBe(true);
    expect(sampleOfRest(studies, 100, false)).toHaveLength(2000);
    const others = [
      summary('1', { worstGrade: 'severe' }),
      summary('2', { labelProblems: 1 }),
      summary('3', { disagreements: 2 }),
      summary('4', { disagreements: null }),
    ];
    expect(sampleOfRest(others, 100, false).map((s) => s.key)).toEqual(['4']);
    expect(sampleOfRest(others, 100, true).map((s) => s.key)).toEqual(['3', '4']);
  });
});
