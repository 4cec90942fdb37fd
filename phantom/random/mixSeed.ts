/**
 * Derives a 32-bit seed from a parent seed and labels, so each study and each purpose gets its
 * own stream: study 7 of a dataset is the same whether 10 or 100 studies are generated. The
 * mixing is MurmurHash3's 32-bit finaliser (public domain) applied per character.
 */
export function mixSeed(seed: number, ...labels: readonly (string | number)[]): number {
  let hash = fmix32((seed | 0) ^ 0x9e3779b9);
  // Seeds beyond 32 bits (any safe integer is accepted) fold their high word in too.
  const high = Math.floor(seed / 4294967296) | 0;
  if (high !== 0) hash = fmix32(hash ^ Math.imul(high, 0x27d4eb2f));
  for (const label of labels) {
    const text = typeof label === 'number' ? `#${label}` : label;
    for (let i = 0; i < text.length; i++) hash = fmix32(hash ^ Math.imul(text.charCodeAt(i), 0x85ebca6b));
    hash = fmix32(hash ^ 0x27d4eb2f);
  }
  return hash | 0;
}

function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
