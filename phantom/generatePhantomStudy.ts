import { type ConditionId, conditionInfo, type GradeId, type LevelId, LOCATIONS, locationKey } from '../electron/common/vocabulary';
import type { CoordinateRow, SeriesDescriptionRow, TrainRow } from '../electron/core/rsna/RsnaLabels';
import { planPhantomStudy, type PhantomStudyOptions } from './planPhantomStudy';
import { measureLocations } from './truth/measureLocations';
import type { LocationTruth, StudyTruth } from './truth/StudyTruth';
import { writeStudyImages } from './writeStudyImages';

export type { PhantomStudyOptions } from './planPhantomStudy';

/** A generated study: its truth and its rows of the three RSNA CSVs. */
export interface GeneratedStudy {
  readonly truth: StudyTruth;
  readonly train: TrainRow;
  readonly coordinates: readonly CoordinateRow[];
  readonly seriesDescriptions: readonly SeriesDescriptionRow[];
}

/**
 * Generates study `index` of the dataset seeded `seed` into `imagesRoot` (the train_images
 * folder): plans it (planPhantomStudy), measures its 25 locations, renders and writes its
 * DICOM files, and returns its truth and CSV rows.
 */
export function generatePhantomStudy(imagesRoot: string, seed: number, index: number, options: PhantomStudyOptions = {}): GeneratedStudy {
  const plan = planPhantomStudy(seed, index, options);
  const { studyId, series, anatomy, points, pitfalls } = plan;
  const measurements = measureLocations(anatomy);
  const written = writeStudyImages(imagesRoot, plan.info, anatomy, series, plan.imageRandom);

  // Subarticular cells of a level no axial series covers stay empty, as in the RSNA labels
  // (their 572 empty cells are mostly subarticular L1/L2). A study missing its axial series
  // altogether keeps its grades, without points.
  const axialSeries = series.filter((s) => s.role === 'ax_t2');
  const axialLevels = new Set(axialSeries.flatMap((s) => s.levels));
  const unlabelled = (condition: ConditionId, level: LevelId): boolean =>
    axialSeries.length > 0 && conditionInfo(condition).group === 'subarticular' && !axialLevels.has(level);
  const locations: LocationTruth[] = LOCATIONS.map((location) => {
    const key = locationKey(location);
    const measurement = measurements.find((m) => m.condition === location.condition && m.level === location.level);
    if (!measurement) throw new Error(`no measurement for ${key}`);
    return {
      condition: location.condition,
      level: location.level,
      grade: unlabelled(location.condition, location.level) ? null : (plan.grades.get(key) as GradeId),
      severity: plan.severity.get(key) as number,
      measurement,
    };
  });
  const truth: StudyTruth = {
    studyId,
    studyInstanceUid: plan.info.studyInstanceUid,
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
    coordinates: points.map((p) => ({
      studyId,
      seriesId: p.seriesId,
      instanceNumber: p.instanceNumber,
      condition: p.condition,
      level: p.level,
      x: p.pixel.x,
      y: p.pixel.y,
    })),
    seriesDescriptions: series.map((s) => ({ studyId, seriesId: s.seriesId, role: s.role })),
  };
}
