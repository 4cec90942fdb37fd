import { type GradeId, LEVEL_IDS, LOCATIONS, type Location, conditionInfo, locationKey } from '../../electron/common/vocabulary';
import type { SeededRandom } from '../random/SeededRandom';
import { GRADE_THRESHOLDS, LIABILITY_WEIGHTS, liabilityMean } from './gradeModel';

/** Grades to impose instead of drawing them: one grade for all 25 locations, or some by locationKey. */
export type GradeOverride = GradeId | Readonly<Record<string, GradeId>>;

/**
 * Draws a grade for each of the 25 locations from a liability model (gradeModel.ts): the
 * location's liability is a study factor + a level factor + its own noise; the RSNA cut
 * points turn it into Normal/Mild, Moderate or Severe. Returns grades keyed by locationKey.
 */
export function sampleGrades(random: SeededRandom, override?: GradeOverride): Map<string, GradeId> {
  const study = random.normal();
  const levelFactor = new Map(LEVEL_IDS.map((level) => [level, random.normal()]));
  const grades = new Map<string, GradeId>();
  for (const location of LOCATIONS) {
    const own = random.normal();
    const liability =
      liabilityMean(conditionInfo(location.condition).group, location.level) +
      LIABILITY_WEIGHTS.study * study +
      LIABILITY_WEIGHTS.level * (levelFactor.get(location.level) as number) +
      LIABILITY_WEIGHTS.own * own;
    const drawn: GradeId =
      liability >= GRADE_THRESHOLDS.severe ? 'severe' : liability >= GRADE_THRESHOLDS.moderate ? 'moderate' : 'normal_mild';
    grades.set(locationKey(location), overriddenGrade(override, location) ?? drawn);
  }
  return grades;
}

function overriddenGrade(override: GradeOverride | undefined, location: Location): GradeId | undefined {
  if (override === undefined) return undefined;
  if (typeof override === 'string') return override;
  return override[locationKey(location)];
}
