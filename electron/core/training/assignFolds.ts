import type { GradeId } from '../../common/vocabulary';

export interface StudyGrades {
  readonly studyId: string;
  /** Every labelled cell's grade (a study has up to 25). */
  readonly grades: readonly GradeId[];
}

const RARITY: Record<GradeId, number> = { severe: 0, moderate: 1, normal_mild: 2 };

/**
 * K folds grouped by study and stratified by grade: a study's samples all land in one fold
 * (the seed split per label row, so one study sat in training and validation — seed-method.md
 * flaw 1), and each fold gets about the same number of Severe, Moderate and Normal/Mild cells.
 *
 * Greedy balancing in the spirit of scikit-learn's StratifiedGroupKFold: studies with the most
 * rare-grade cells are placed first, each into the fold whose grade counts stay closest to the
 * running per-fold target. Ties go to the smaller fold, then to a seeded order, so the split
 * is deterministic.
 */
export function assignFolds(studies: readonly StudyGrades[], folds = 5, seed = 0): Map<string, number> {
  if (folds < 2) throw new Error(`folds must be at least 2, got ${folds}`);
  const totals = { severe: 0, moderate: 0, normal_mild: 0 };
  for (const study of studies) for (const grade of study.grades) totals[grade]++;
  const counts = Array.from({ length: folds }, () => ({ severe: 0, moderate: 0, normal_mild: 0, studies: 0 }));
  const order = [...studies].sort((a, b) => {
    const key = (s: StudyGrades): number[] => [-count(s, 'severe'), -count(s, 'moderate'), hash(s.studyId, seed)];
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
    return 0;
  });
  const assignment = new Map<string, number>();
  for (const study of order) {
    const composition = { severe: count(study, 'severe'), moderate: count(study, 'moderate'), normal_mild: count(study, 'normal_mild') };
    let best = 0;
    let bestCost = Infinity;
    for (let fold = 0; fold < folds; fold++) {
      const c = counts[fold] as (typeof counts)[number];
      // Squared relative overshoot of each grade's per-fold share, rarer grades weighted more.
      let cost = 0;
      for (const grade of ['severe', 'moderate', 'normal_mild'] as const) {
        const target = totals[grade] / folds || 1;
        const after = (c[grade] + composition[grade]) / target;
        cost += (after * after) / (1 + RARITY[grade]);
      }
      cost += (c.studies / Math.max(1, studies.length / folds)) * 1e-3;
      if (cost < bestCost - 1e-12) {
        bestCost = cost;
        best = fold;
      }
    }
    const chosen = counts[best] as (typeof counts)[number];
    chosen.severe += composition.severe;
    chosen.moderate += composition.moderate;
    chosen.normal_mild += composition.normal_mild;
    chosen.studies++;
    assignment.set(study.studyId, best);
  }
  return assignment;
}

function count(study: StudyGrades, grade: GradeId): number {
  let n = 0;
  for (const g of study.grades) if (g === grade) n++;
  return n;
}

/** A small deterministic string hash (FNV-1a) mixed with the seed, for tie-breaking order. */
function hash(text: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}
