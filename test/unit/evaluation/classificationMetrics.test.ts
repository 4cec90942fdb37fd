import { describe, expect, it } from 'vitest';
import { classificationMetrics } from '../../../electron/core/evaluation/classificationMetrics';
import { confusionMatrix } from '../../../electron/core/evaluation/confusionMatrix';
import { weightedKappa } from '../../../electron/core/evaluation/weightedKappa';

describe('confusion matrix and classification metrics', () => {
  it('counts truth × prediction and derives accuracy, recall, precision and macro-F1 (hand-computed)', () => {
    const matrix = confusionMatrix([0, 0, 0, 1, 1, 2, 2, 2], [0, 0, 1, 1, 0, 2, 2, 1]);
    expect(matrix).toEqual([
      [2, 1, 0],
      [1, 1, 0],
      [0, 1, 2],
    ]);
    const m = classificationMetrics(matrix);
    expect(m.n).toBe(8);
    expect(m.accuracy).toBeCloseTo(5 / 8, 12);
    expect(m.recall).toEqual([2 / 3, 1 / 2, 2 / 3]);
    expect(m.precision).toEqual([2 / 3, 1 / 3, 1]);
    // F1: class 0 = 2/3; class 1 = 2·(1/2·1/3)/(5/6) = 0.4; class 2 = 2·(2/3)/(5/3) = 0.8
    expect(m.macroF1).toBeCloseTo((2 / 3 + 0.4 + 0.8) / 3, 12);
  });

  it('reports a class absent from the truth as null recall and leaves it out of macro-F1 when never predicted', () => {
    const m = classificationMetrics(confusionMatrix([0, 0, 1], [0, 1, 1]));
    expect(m.recall[2]).toBeNull();
    expect(m.macroF1).toBeCloseTo((2 / 3 + 2 / 3) / 2, 12);
  });

  it('refuses mismatched lengths and out-of-range classes', () => {
    expect(() => confusionMatrix([0, 1], [0])).toThrow(/2 items, predictions 1/);
    expect(() => confusionMatrix([0, 3], [0, 1])).toThrow(/out of range at item 1/);
  });
});

describe('weighted kappa', () => {
  const matrix = [
    [10, 2, 0],
    [3, 5, 1],
    [0, 1, 4],
  ];
  it('matches a hand-computed quadratic kappa', () => {
    // Observed weighted disagreement 0.25·(2+3+1+1) = 1.75; expected from the marginals
    // (rows 12, 9, 5; columns 13, 8, 5; n 26) = 7.673077 → κ = 1 − 1.75/7.673077.
    expect(weightedKappa(matrix, 'quadratic')).toBeCloseTo(1 - 1.75 / 7.673076923076923, 12);
  });
  it('matches a hand-computed linear kappa', () => {
    // Linear weights 0.5 for one step, 1 for two: observed 0.5·7 = 3.5; expected
    // 0.5·(3.6923+4.5+1.7308+1.5385) + 1·(2.3077+2.5) = 10.5385.
    expect(weightedKappa(matrix, 'linear')).toBeCloseTo(1 - 3.5 / (0.5 * (96 / 26 + 117 / 26 + 45 / 26 + 40 / 26) + 60 / 26 + 65 / 26), 12);
  });
  it('is 1 for perfect agreement and NaN when chance disagreement is zero', () => {
    expect(
      weightedKappa([
        [3, 0, 0],
        [0, 2, 0],
        [0, 0, 1],
      ]),
    ).toBe(1);
    expect(
      weightedKappa([
        [5, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ]),
    ).toBeNaN();
  });
});
