import { describe, expect, it } from 'vitest';
import { LOCATIONS, type GradeId } from '../../../electron/common/vocabulary';
import { constantBaseline, constantSubmission, fitConstantPredictor } from '../../../electron/core/evaluation/constantBaseline';
import { rowIdOf, rsnaScore, type SolutionRow } from '../../../electron/core/evaluation/rsnaMetric';

function solution(studies: number): SolutionRow[] {
  let r = 11;
  const next = (): number => (r = (r * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: studies }, (_, s) =>
    LOCATIONS.map((l) => {
      const x = next();
      const grade: GradeId = x < 0.75 ? 'normal_mild' : x < 0.92 ? 'moderate' : 'severe';
      return { rowId: rowIdOf(String(1000 + s), l), grade };
    }),
  ).flat();
}

describe('constant predictors', () => {
  const rows = solution(80);

  it('puts the weighted optimum at p ∝ weight × count, which no nearby constant beats on its group term', () => {
    const best = fitConstantPredictor(rows, 'weighted-optimum');
    const counts = [0.5, 0.5, 0.5];
    for (const row of rows.filter((x) => x.rowId.includes('spinal')))
      counts[['normal_mild', 'moderate', 'severe'].indexOf(row.grade)]! += 1;
    const mass = counts.map((n, k) => n * [1, 2, 4][k]!);
    const total = mass.reduce((a, b) => a + b, 0);
    best.spinal.forEach((p, k) => expect(p).toBeCloseTo((mass[k] as number) / total, 12));
    const at = rsnaScore(rows, constantSubmission(rows, best)).foraminal as number;
    for (const [i, j] of [
      [0, 1],
      [1, 2],
      [0, 2],
    ] as const) {
      for (const step of [0.01, -0.01]) {
        const moved = [...best.foraminal] as [number, number, number];
        moved[i] += step;
        moved[j] -= step;
        const other = rsnaScore(rows, constantSubmission(rows, { ...best, foraminal: moved })).foraminal as number;
        expect(other).toBeGreaterThan(at);
      }
    }
  });

  it('scores the weighted optimum below the plain frequencies on the weighted metric', () => {
    const optimum = constantBaseline(rows, rows, 'weighted-optimum', 'same set').score;
    const frequencies = constantBaseline(rows, rows, 'frequencies', 'same set').score;
    for (const part of ['spinal', 'foraminal', 'subarticular'] as const)
      expect(optimum[part] as number).toBeLessThan(frequencies[part] as number);
    expect(optimum.score as number).toBeLessThan(frequencies.score as number);
  });
});
