import type { SeededRandom } from '../random/SeededRandom';

/** How a series numbers its slices. RSNA's instance_number is an id, not a spatial order. */
export type InstanceOrder = 'ascending' | 'descending' | 'shuffled';

/**
 * Instance numbers for `count` slices given in spatial order: ascending or descending with the
 * spatial order, or shuffled (the pitfall), starting at `first`.
 */
export function instanceNumbering(count: number, order: InstanceOrder, first: number, random: SeededRandom): number[] {
  const numbers = Array.from({ length: count }, (_, i) => first + i);
  if (order === 'descending') return numbers.reverse();
  if (order === 'shuffled') return random.shuffle(numbers);
  return numbers;
}
