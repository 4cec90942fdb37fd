import { describe, expect, it } from 'vitest';
import { linearExactVoi, linearVoi, sigmoidVoi, voiTransform } from '../../../electron/common/imaging';

describe('VOI LUT functions', () => {
  // PS3.3 C.11.2.1.2.1 worked through by hand for c = 2048, w = 4096 onto 0..255:
  // x ≤ c − 0.5 − (w−1)/2 = 0 → 0; x > c − 0.5 + (w−1)/2 = 4095 → 255.
  it('LINEAR (PS3.3 C.11.2.1.2.1) clips at c − 0.5 ∓ (w − 1)/2 and is linear between', () => {
    const f = linearVoi({ center: 2048, width: 4096 });
    expect(f(0)).toBe(0);
    expect(f(-5)).toBe(0);
    expect(f(4096)).toBe(255);
    expect(f(4095)).toBeCloseTo(255, 10);
    expect(f(2047.5)).toBeCloseTo(127.5, 10);
    expect(f(1)).toBeCloseTo(((1 - 2047.5) / 4095 + 0.5) * 255, 10);
  });

  it('LINEAR with width 1 is a threshold at c − 0.5', () => {
    const f = linearVoi({ center: 100, width: 1 });
    expect(f(99.5)).toBe(0);
    expect(f(99.6)).toBe(255);
  });

  it('LINEAR refuses a width below 1', () => {
    expect(() => linearVoi({ center: 0, width: 0.5 })).toThrow(/≥ 1/);
  });

  it('LINEAR_EXACT (PS3.3 C.11.2.1.3.2) clips at c ∓ w/2 and is linear between', () => {
    const f = linearExactVoi({ center: 40, width: 400 });
    expect(f(-160)).toBe(0);
    expect(f(240)).toBeCloseTo(255, 10);
    expect(f(241)).toBe(255);
    expect(f(40)).toBeCloseTo(127.5, 10);
    expect(f(-60)).toBeCloseTo(63.75, 10);
  });

  it('SIGMOID (PS3.3 C.11.2.1.3.1) is centred on c with slope set by w', () => {
    const f = sigmoidVoi({ center: 40, width: 400 });
    expect(f(40)).toBeCloseTo(127.5, 10);
    expect(f(240)).toBeCloseTo(255 / (1 + Math.exp(-2)), 10);
    expect(f(-1e6)).toBeCloseTo(0, 6);
    expect(f(1e6)).toBeCloseTo(255, 6);
  });

  it('voiTransform picks the function from VOILUTFunction, LINEAR when absent (PS3.3 C.11.2.1.3)', () => {
    const window = { center: 40, width: 400 };
    expect(voiTransform(undefined, window)(240)).toBe(linearVoi(window)(240));
    expect(voiTransform('LINEAR_EXACT', window)(240)).toBe(linearExactVoi(window)(240));
    expect(voiTransform('SIGMOID ', window)(100)).toBe(sigmoidVoi(window)(100));
  });
});
