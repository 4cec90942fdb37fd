import { LOCATIONS, locationKey, type ConditionId, type GradeProbabilities, type LevelId } from '../../../common/vocabulary';

/** Prior grade probabilities per location, keyed by locationKey (`spinal:l1_l2`). */
export type PriorTable = Readonly<Record<string, GradeProbabilities>>;

/**
 * The RSNA 2024 training labels as a whole: 48,803 labelled cells, 77.4% Normal/Mild, 16.3%
 * Moderate, 6.3% Severe (shared/design/rsna-data.md, "train.csv"). The default prior of every
 * location when the workspace has no labels to count.
 */
export const RSNA_GRADE_FREQUENCIES: GradeProbabilities = [0.774, 0.163, 0.063];

export function uniformPriorTable(prior: GradeProbabilities = RSNA_GRADE_FREQUENCIES): PriorTable {
  return Object.fromEntries(LOCATIONS.map((l) => [locationKey(l), prior]));
}

/**
 * Priors from label counts per location: (count + k·global) / (n + k), a Dirichlet prior of
 * strength k = 20 centred on the RSNA frequencies, so a location with few labels stays near the
 * overall distribution and never reaches 0 (a zero would cost the log-loss metric 34.5 per miss).
 */
export function priorTableFromCounts(counts: ReadonlyMap<string, readonly [number, number, number]>, strength = 20): PriorTable {
  return Object.fromEntries(
    LOCATIONS.map((l) => {
      const c = counts.get(locationKey(l)) ?? [0, 0, 0];
      const n = c[0] + c[1] + c[2];
      const p = RSNA_GRADE_FREQUENCIES.map((g, i) => ((c[i] as number) + strength * g) / (n + strength));
      return [locationKey(l), p as unknown as GradeProbabilities];
    }),
  );
}

export function priorFor(table: PriorTable, condition: ConditionId, level: LevelId): GradeProbabilities {
  return table[locationKey({ condition, level })] ?? RSNA_GRADE_FREQUENCIES;
}
