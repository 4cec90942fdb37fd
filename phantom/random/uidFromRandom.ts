import type { SeededRandom } from './SeededRandom';

/**
 * A UUID-derived UID (PS3.5 §B.2: "2.25." followed by the decimal value of a 128-bit UUID),
 * with the UUID's 122 random bits drawn from the seeded generator, so a seed always yields the
 * same UIDs while different seeds do not collide in practice. Version 4 and variant bits are set
 * as RFC 9562 §5.4 requires of a random UUID.
 */
export function uidFromRandom(random: SeededRandom): string {
  const words = [random.uint32(), random.uint32(), random.uint32(), random.uint32()];
  // Octet 6 high nibble = 4 (version); octet 8 top bits = 10 (variant).
  words[1] = ((words[1] as number) & 0xffff0fff) | 0x00004000;
  words[2] = ((words[2] as number) & 0x3fffffff) | 0x80000000;
  let value = 0n;
  for (const word of words) value = (value << 32n) | BigInt(word >>> 0);
  return `2.25.${value.toString(10)}`;
}
