import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETING } from '../../../electron/core/inference/pipeline/selectTargetSlices';
import { ECONOMICAL_TARGETING, targetingForDetectors } from '../../../electron/core/inference/pipeline/targetingForDetectors';

describe('targetingForDetectors', () => {
  it('reads widely with small detectors and economically with full-size ones', () => {
    expect(targetingForDetectors([128, 128, 128])).toBe(DEFAULT_TARGETING);
    expect(targetingForDetectors([256])).toBe(DEFAULT_TARGETING);
    expect(targetingForDetectors([128, 640])).toBe(ECONOMICAL_TARGETING);
    expect(targetingForDetectors([])).toBe(DEFAULT_TARGETING);
    expect(ECONOMICAL_TARGETING).toMatchObject({ stopWhenComplete: true, foraminalSlicesPerSide: 3, axialSlicesPerLevel: 1 });
    expect(DEFAULT_TARGETING).toMatchObject({ stopWhenComplete: false, foraminalSlicesPerSide: 5, axialSlicesPerLevel: 3 });
  });
});
