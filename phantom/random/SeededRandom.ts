import { xoroshiro128plus, type RandomGenerator } from 'pure-rand';
import { mixSeed } from './mixSeed';

const TWO_POW_32 = 4294967296;

/**
 * The phantom's only source of randomness: pure-rand's xoroshiro128+ (a well-tested,
 * deterministic generator) behind the few draws the generator needs. Same seed, same
 * sequence, on every platform: nothing here reads the clock or Math.random.
 */
export class SeededRandom {
  private readonly generator: RandomGenerator;
  private spareNormal: number | null = null;

  constructor(readonly seed: number) {
    this.generator = xoroshiro128plus(seed | 0);
    // The first outputs of xoroshiro128+ seeded from one 32-bit word are weakly mixed.
    for (let i = 0; i < 8; i++) this.generator.unsafeNext();
  }

  /** An independent stream for a named purpose, e.g. fork('study', 3) or fork('noise'). */
  fork(...labels: readonly (string | number)[]): SeededRandom {
    return new SeededRandom(mixSeed(this.seed, ...labels));
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    return this.generator.unsafeNext() >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  next(): number {
    const high = this.uint32() >>> 5;
    const low = this.uint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** Uniform in [0, 1) with 32 random bits: enough for noise and jitter, twice as fast. */
  nextFast(): number {
    return this.uint32() / TWO_POW_32;
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [item, weight] of items) {
      target -= weight;
      if (target < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('cannot pick from an empty list');
    return last[0];
  }

  /** Standard normal (Marsaglia polar method). */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return mean + sd * spare;
    }
    for (;;) {
      const u = this.next() * 2 - 1;
      const v = this.next() * 2 - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const factor = Math.sqrt((-2 * Math.log(s)) / s);
      this.spareNormal = v * factor;
      return mean + sd * u * factor;
    }
  }

  /** A value scaled by a random factor in [1 - spread, 1 + spread]. */
  jitter(value: number, spread: number): number {
    return value * this.uniform(1 - spread, 1 + spread);
  }

  /** A uniformly shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}
