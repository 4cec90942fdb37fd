import { type ConditionId, conditionInfo, type GradeId, type LevelId, LOCATIONS, locationKey } from '../../common/vocabulary';
import type { CoordinateRow, SeriesDescriptionRow, TrainRow } from '../rsna/RsnaLabels';
import { buildSpineAnatomy } from './anatomy/buildSpineAnatomy';
import { LevelSeverities } from './anatomy/LevelSeverities';
import { sampleSpineParameters } from './anatomy/sampleSpineParameters';
import { sampleStudyInfo } from './dicom/StudyInfo';
import { type GradeOverride, sampleGrades } from './grades/sampleGrades';
import { severityFromGrade } from './grades/severityFromGrade';
import { seriesIdFor, studyIdFor } from './PhantomIds';
import { planStudySeries } from './protocol/planStudySeries';
import { NO_PITFALLS, sampleStudyPitfalls, type StudyPitfalls } from './protocol/StudyPitfalls';
import { mixSeed } from './random/mixSeed';
import { SeededRandom } from './random/SeededRandom';
import { locateTruthPoints } from './truth/locateTruthPoints';
import { measureLocations } from './truth/measureLocations';
import type { LocationTruth, StudyTruth } from './truth/StudyTruth';
import { writeStudyImages } from './writeStudyImages';

export interface PhantomStudyOptions {
  /** Impose grades instead of drawing them (previews, tests). */
  readonly grades?: GradeOverride;
  /** 'random' (default) draws pitfalls; 'none' gives a clean study; or set them explicitly. */
  readonly pitfalls?: 'random' | 'none' | Partial<StudyPitfalls>;
  /** Force the sagittal T2/STIR series' contrast (default: T2, STIR in about 12% of studies). */
  readonly sagittalT2?: 't2' | 'stir';
}

/** A generated study: its truth and its rows of the three RSNA CSVs. */
export interface GeneratedStudy {
  readonly truth: StudyTruth;
  readonly train: TrainRow;
  readonly coordinates: readonly CoordinateRow[];
  readonly seriesDescriptions: readonly SeriesDescriptionRow[];
}

/**
 * Generates study `index` of the dataset seeded `seed` into `imagesRoot` (the train_images
 * folder). Everything is drawn from a stream derived from (seed, index), so a study is the same
 * whatever else is generated with it.
 */
export function generatePhantomStudy(imagesRoot: string, seed: number, index: number, options: PhantomStudyOptions = {}): GeneratedStudy {
  const random = new SeededRandom(mixSeed(seed, 'study', index));
  const grades = sampleGrades(random.fork('grades'), options.grades);
  const severityRandom = random.fork('severity');
  const severity = new Map([...grades].map(([key, grade]) => [key, severityFromGrade(grade, severityRandom)]));
  const severities = new LevelSeverities(severity);
  const anatomy = buildSpineAnatomy(sampleSpineParameters(random.fork('anatomy'), severities), severities, random.fork('anatomy shapes'));
  const pitfalls = resolvePitfalls(options.pitfalls, random.fork('pitfalls'));
  const idRandom = random.fork('ids');
  const studyId = studyIdFor(index, idRandom);
  const series = planStudySeries(anatomy, pitfalls, { seriesId: (k) => seriesIdFor(index, k, idRandom) }, random.fork('protocol'), options.sagittalT2);
  const info = sampleStudyInfo(studyId, random.fork('study'));
  const points = locateTruthPoints(anatomy, series);
  const measurements = measureLocations(anatomy);
  const written = writeStudyImages(imagesRoot, info, anatomy, series, random.fork('images'));

  // Subarticular cells of a level no axial series covers stay empty, as in the RSNA labels
  // (their 572 empty cells are mostly subarticular L1/L2). A study missing its axial series
  // altogether keeps its grades, without points.
  const axialSeries = series.filter((s) => s.role === 'ax_t2');
  const axialLevels = new Set(axialSeries.flatMap((s) => s.levels));
  const unlabelled = (condition: ConditionId, level: LevelId): boolean => axialSeries.length > 0 && conditionInfo(condition).group === 'subarticular' && !axialLevels.has(level);
  const locations: LocationTruth[] = LOCATIONS.map((location) => {
    const key = locationKey(location);
    const measurement = measurements.find((m) => m.condition === location.condition && m.level === location.level);
    if (!measurement) throw new Error(`no measurement for ${key}`);
    return {
      condition: location.condition,
      level: location.level,
      grade: unlabelled(location.condition, location.level) ? null : (grades.get(key) as GradeId),
      severity: severity.get(key) as number,
      measurement,
    };
  });
  const truth: StudyTruth = {
    studyId,
    studyInstanceUid: info.studyInstanceUid,
    locations,
    points,
    series: written.map((w) => ({
      seriesId: w.series.seriesId,
      role: w.series.role,
      sequence: w.series.sequence,
      description: w.series.description,
      seriesInstanceUid: w.series.seriesInstanceUid,
      instanceCount: w.series.slices.length,
      files: w.files,
    })),
    pitfalls,
    anatomy,
  };
  return {
    truth,
    train: { studyId, grades: new Map(locations.map((l) => [locationKey(l), l.grade])) },
    coordinates: points.map((p) => ({ studyId, seriesId: p.seriesId, instanceNumber: p.instanceNumber, condition: p.condition, level: p.level, x: p.pixel.x, y: p.pixel.y })),
    seriesDescriptions: series.map((s) => ({ studyId, seriesId: s.seriesId, role: s.role })),
  };
}

function resolvePitfalls(option: PhantomStudyOptions['pitfalls'], random: SeededRandom): StudyPitfalls {
  if (option === 'none') return NO_PITFALLS;
  const drawn = sampleStudyPitfalls(random);
  if (option === undefined || option === 'random') return drawn;
  return { ...NO_PITFALLS, ...option };
}
