import type { StudySummary } from '../../common/contract';

/**
 * "A random sample of the rest" (product.md P1 worklists): of the studies no other worklist
 * picks — no AI disagreement, nothing Severe, no label-check failure — the given percentage,
 * chosen by a hash of the study id. A hash, not a random draw: the sample is the same on every
 * load and for every reader, so two readers' QA of "the rest" covers the same studies, and growing
 * the percentage only adds studies. With `blind` (blinded first read) the disagreement count is
 * not consulted: which studies are left out would tell the reader what the AI says.
 */
export function sampleOfRest(studies: readonly StudySummary[], percent: number, blind: boolean): StudySummary[] {
  return studies.filter(
    (s) =>
      (blind || (s.disagreements ?? 0) === 0) &&
      s.worstGrade !== 'severe' &&
      s.labelProblems === 0 &&
      fnv1a(s.key) % 10_000 < percent * 100,
  );
}

/** FNV-1a, 32-bit: a small, well-spread string hash (http://www.isthe.com/chongo/tech/comp/fnv/). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
