/**
 * Severity grades. `index` is the column order of the submission file
 * (normal_mild, moderate, severe) and `weight` the competition's sample weight
 * (shared/design/rsna-data.md, "The metric").
 */
export const GRADES = [
  { id: 'normal_mild', rsnaName: 'Normal/Mild', index: 0, weight: 1, short: 'N' },
  { id: 'moderate', rsnaName: 'Moderate', index: 1, weight: 2, short: 'Mo' },
  { id: 'severe', rsnaName: 'Severe', index: 2, weight: 4, short: 'S' },
] as const;

export type GradeInfo = (typeof GRADES)[number];
export type GradeId = GradeInfo['id'];

export const GRADE_IDS: readonly GradeId[] = GRADES.map((g) => g.id);

const byId = new Map<string, GradeInfo>(GRADES.map((g) => [g.id, g]));
const byRsnaName = new Map<string, GradeInfo>(GRADES.map((g) => [g.rsnaName, g]));

export function gradeInfo(id: GradeId): GradeInfo {
  const info = byId.get(id);
  if (!info) throw new Error(`unknown grade id "${id}"`);
  return info;
}

/** Exact match on the RSNA spelling: "Normal/Mild", "Moderate" or "Severe". */
export function gradeFromRsnaName(name: string): GradeInfo | undefined {
  return byRsnaName.get(name);
}

export function isGradeId(value: string): value is GradeId {
  return byId.has(value);
}

/** Three probabilities in submission column order. */
export type GradeProbabilities = readonly [normalMild: number, moderate: number, severe: number];
