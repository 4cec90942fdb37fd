import type { GradeId } from '../electron/common/vocabulary';
import { buildSpineAnatomy } from './anatomy/buildSpineAnatomy';
import { LevelSeverities } from './anatomy/LevelSeverities';
import { sampleSpineParameters } from './anatomy/sampleSpineParameters';
import type { SpineAnatomy } from './anatomy/SpineAnatomy';
import { sampleStudyInfo, type StudyInfo } from './dicom/StudyInfo';
import { type GradeOverride, sampleGrades } from './grades/sampleGrades';
import { severityFromGrade } from './grades/severityFromGrade';
import { seriesIdFor, studyIdFor } from './PhantomIds';
import { planStudySeries } from './protocol/planStudySeries';
import type { SeriesPlan } from './protocol/SeriesPlan';
import { NO_PITFALLS, sampleStudyPitfalls, type StudyPitfalls } from './protocol/StudyPitfalls';
import { mixSeed } from './random/mixSeed';
import { SeededRandom } from './random/SeededRandom';
import { locateTruthPoints } from './truth/locateTruthPoints';
import type { TruthPoint } from './truth/StudyTruth';

export interface PhantomStudyOptions {
  /** Impose grades instead of drawing them (previews, tests). */
  readonly grades?: GradeOverride;
  /** 'random' (default) draws pitfalls; 'none' gives a clean study; or set them explicitly. */
  readonly pitfalls?: 'random' | 'none' | Partial<StudyPitfalls>;
  /** Force the sagittal T2/STIR series' contrast (default: T2, STIR in about 12% of studies). */
  readonly sagittalT2?: 't2' | 'stir';
}

/** A study decided down to every slice and label, before any pixel is drawn. */
export interface PlannedStudy {
  readonly index: number;
  readonly studyId: string;
  readonly grades: ReadonlyMap<string, GradeId>;
  readonly severity: ReadonlyMap<string, number>;
  readonly anatomy: SpineAnatomy;
  readonly pitfalls: StudyPitfalls;
  readonly series: readonly SeriesPlan[];
  readonly info: StudyInfo;
  readonly points: readonly TruthPoint[];
  /** The stream the pixels are drawn from (noise, texture, contrast jitter). */
  readonly imageRandom: SeededRandom;
}

/**
 * Decides study `index` of the dataset seeded `seed`: grades, anatomy, pitfalls, series and
 * slices, identity, labelled points. Every draw comes from a stream derived from (seed, index)
 * and a purpose name, so a study is the same whatever else is generated with it, and changing
 * how one part draws does not reshuffle the others.
 */
export function planPhantomStudy(seed: number, index: number, options: PhantomStudyOptions = {}): PlannedStudy {
  const random = new SeededRandom(mixSeed(seed, 'study', index));
  const grades = sampleGrades(random.fork('grades'), options.grades);
  const severityRandom = random.fork('severity');
  const severity = new Map([...grades].map(([key, grade]) => [key, severityFromGrade(grade, severityRandom)]));
  const severities = new LevelSeverities(severity);
  const anatomy = buildSpineAnatomy(sampleSpineParameters(random.fork('anatomy'), severities), severities, random.fork('anatomy shapes'));
  const pitfalls = resolvePitfalls(options.pitfalls, random.fork('pitfalls'));
  const idRandom = random.fork('ids');
  const studyId = studyIdFor(index, idRandom);
  const series = planStudySeries(
    anatomy,
    pitfalls,
    { seriesId: (k) => seriesIdFor(index, k, idRandom) },
    random.fork('protocol'),
    options.sagittalT2,
  );
  const info = sampleStudyInfo(studyId, random.fork('study'));
  const points = locateTruthPoints(anatomy, series);
  return { index, studyId, grades, severity, anatomy, pitfalls, series, info, points, imageRandom: random.fork('images') };
}

function resolvePitfalls(option: PhantomStudyOptions['pitfalls'], random: SeededRandom): StudyPitfalls {
  if (option === 'none') return NO_PITFALLS;
  const drawn = sampleStudyPitfalls(random);
  if (option === undefined || option === 'random') return drawn;
  return { ...NO_PITFALLS, ...option };
}
