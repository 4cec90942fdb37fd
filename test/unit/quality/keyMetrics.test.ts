import { describe, expect, it } from 'vitest';
import type { ModelListEntry } from '../../../electron/common/contract';
import { keyMetrics } from '../../../renderer/src/quality/models/modelNames';

const withMetrics = (metrics: ModelListEntry['metrics']): ModelListEntry => ({
  id: 'm',
  kind: 'deepscorenet-grade',
  condition: 'spinal',
  version: '1',
  sha256: '0'.repeat(64),
  source: 's',
  metrics,
  card: null,
  isDefault: true,
});

describe('keyMetrics', () => {
  it('puts the key metrics first, then the rest in the card order', () => {
    const grader = withMetrics({
      n: 580,
      weighted_log_loss: 0.025438,
      best_constant_weighted_log_loss: 0.9937,
      accuracy: 0.9931,
      macro_f1: 0.9769,
    });
    expect(keyMetrics(grader)).toEqual(['weighted log loss 0.025', 'accuracy 0.993', 'macro f1 0.977']);
    expect(keyMetrics(grader, Infinity)).toEqual([
      'weighted log loss 0.025',
      'accuracy 0.993',
      'macro f1 0.977',
      'n 580',
      'best constant weighted log loss 0.994',
    ]);
  });

  it('shows integers, strings and missing values as they are', () => {
    expect(keyMetrics(withMetrics({ images: 1003, note: 'held-out fold 0', found_rate: null }))).toEqual([
      'found rate –',
      'images 1003',
      'note held-out fold 0',
    ]);
    expect(keyMetrics(withMetrics({}))).toEqual([]);
  });
});
