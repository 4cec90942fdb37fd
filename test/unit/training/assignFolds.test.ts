import { describe, expect, it } from 'vitest';
import type { GradeId } from '../../../electron/common/vocabulary';
import { assignFolds, type StudyGrades } from '../../../electron/core/training/assignFolds';

function studies(n: number): StudyGrades[] {
  let r = 7;
  const next = (): number => {
    r = (r * 48271) % 2147483647;
    return r / 2147483647;
  };
  return Array.from({ length: n }, (_, i) => ({
    studyId: String(1000 + i),
    grades: Array.from({ length: 25 }, (): GradeId => {
      const x = next();
      return x < 0.77 ? 'normal_mild' : x < 0.93 ? 'moderate' : 'severe';
    }),
  }));
}

describe('assignFolds', () => {
  const data = studies(300);
  const folds = assignFolds(data, 5, 0);

  it('puts every study in exactly one fold (grouped by study)', () => {
    expect(folds.size).toBe(300);
    expect(new Set(folds.values())).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('balances each grade across folds', () => {
    for (const grade of ['normal_mild', 'moderate', 'severe'] as const) {
      const perFold = [0, 0, 0, 0, 0];
      let total = 0;
      for (const s of data) {
        const n = s.grades.filter((g) => g === grade).length;
        perFold[folds.get(s.studyId) as number]! += n;
        total += n;
      }
      for (const n of perFold) expect(Math.abs(n - total / 5) / (total / 5)).toBeLessThan(0.05);
    }
  });

  it('is deterministic for a seed and independent of input order', () => {
    expect(assignFolds([...data].reverse(), 5, 0)).toEqual(folds);
  });

  it('refuses fewer than two folds', () => {
    expect(() => assignFolds(data, 1)).toThrow(/at least 2/);
  });
});
