import { describe, expect, it } from 'vitest';
import { mixSeed } from '../../../phantom/random/mixSeed';
import { SeededRandom } from '../../../phantom/random/SeededRandom';
import { uidFromRandom } from '../../../phantom/random/uidFromRandom';

describe('SeededRandom', () => {
  it('repeats its sequence for a seed and differs for another', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('gives forks that do not depend on how much the parent was used', () => {
    const a = new SeededRandom(7);
    const b = new SeededRandom(7);
    for (let i = 0; i < 100; i++) b.next();
    expect(a.fork('study', 3).next()).toBe(b.fork('study', 3).next());
    expect(a.fork('study', 3).next()).not.toBe(a.fork('study', 4).next());
    expect(mixSeed(1, 'a', 2)).not.toBe(mixSeed(1, 'a2'));
    expect(mixSeed(5 + 2 ** 32, 'x')).not.toBe(mixSeed(5, 'x'));
  });

  it('draws within its ranges with the right moments', () => {
    const r = new SeededRandom(1);
    const values = Array.from({ length: 20000 }, () => r.normal(3, 2));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(3, 1);
    expect(sd).toBeCloseTo(2, 1);
    for (let i = 0; i < 2000; i++) {
      const k = r.int(-2, 5);
      expect(Number.isInteger(k) && k >= -2 && k <= 5).toBe(true);
      const u = r.uniform(10, 11);
      expect(u >= 10 && u < 11).toBe(true);
    }
    const counts = new Map<string, number>();
    for (let i = 0; i < 10000; i++) {
      const pick = r.weighted([
        ['a', 1],
        ['b', 3],
      ] as const);
      counts.set(pick, (counts.get(pick) ?? 0) + 1);
    }
    expect((counts.get('b') ?? 0) / 10000).toBeCloseTo(0.75, 1);
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('uidFromRandom', () => {
  it('writes UUID-derived 2.25 UIDs (PS3.5 §B.2), deterministic per seed', () => {
    const r = new SeededRandom(5);
    const uids = Array.from({ length: 500 }, () => uidFromRandom(r));
    for (const uid of uids) {
      expect(uid).toMatch(/^2\.25\.[1-9]\d*$/);
      expect(uid.length).toBeLessThanOrEqual(64);
      const value = BigInt(uid.slice(5));
      // Version 4 and the RFC 9562 variant bits.
      expect((value >> 76n) & 0xfn).toBe(4n);
      expect((value >> 62n) & 0x3n).toBe(2n);
    }
    expect(new Set(uids).size).toBe(uids.length);
    const again = new SeededRandom(5);
    expect(uidFromRandom(again)).toBe(uids[0]);
  });
});
