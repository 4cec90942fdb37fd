import { CONDITION_GROUPS, type ConditionGroup, type ConditionId, type GradeId, type LevelId } from '../../../common/vocabulary';
import { detectorClassName, seedClassNames } from '../../inference/models/detectorClasses';
import type { SliceInput } from '../../inference/pipeline/StudyInput';
import { assignFolds } from '../assignFolds';
import type { LabelSnapshot, SnapshotStudy } from './LabelSnapshot';

export const FOLD_COUNT = 5;

/** One box of a detector image: the seed's class id and the point in native slice pixels. */
export interface DetectorBox {
  readonly classIndex: number;
  readonly x: number;
  readonly y: number;
}

/** A slice of a detector dataset: labelled (boxes) or negative (no box). */
export interface DetectorImage {
  /** `<study>_<series>_<instance>`: the image and label file names (EXPORT_FORMAT.md). */
  readonly stem: string;
  readonly studyKey: string;
  readonly fold: number;
  readonly slice: SliceInput;
  readonly boxes: readonly DetectorBox[];
}

/** A graded point: one row of a grader's crops. */
export interface GraderCrop {
  readonly studyKey: string;
  readonly seriesKey: string;
  readonly instanceNumber: number;
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly grade: GradeId;
  readonly fold: number;
  readonly x: number;
  readonly y: number;
  readonly slice: SliceInput;
}

export interface TrainingExportPlan {
  readonly folds: ReadonlyMap<string, number>;
  readonly detectors: Readonly<Record<ConditionGroup, readonly DetectorImage[]>>;
  readonly graders: Readonly<Record<ConditionGroup, readonly GraderCrop[]>>;
  /** Points left out of the crops because their cell has no current grade. */
  readonly ungradedPoints: number;
  /** Slices of labelled series left out of the detector sets: no instance number, or one shared with another slice. */
  readonly unnamedSlices: number;
}

/** Ids become file names and `_` separates them (EXPORT_FORMAT.md): anything else is refused. */
const ID = /^[A-Za-z0-9.-]+$/;

/**
 * What a training export holds (EXPORT_FORMAT.md): 5 folds grouped by study and stratified by
 * grade (assignFolds: a study is in one fold only, seed-method.md flaw 1); per detector, every
 * slice of each series that holds that detector's points, the labelled ones with their boxes and
 * the others as negatives (flaw 3); per grader, every graded point with its slice.
 */
export function planTrainingExport(snapshot: LabelSnapshot): TrainingExportPlan {
  for (const study of snapshot.studies) {
    if (!ID.test(study.studyKey)) throw new Error(`study key "${study.studyKey}" cannot name export files: ids may hold letters, digits, '.' and '-' only`);
    for (const series of study.series.values()) {
      if (!ID.test(series.seriesKey)) throw new Error(`series key "${series.seriesKey}" of study ${study.studyKey} cannot name export files: ids may hold letters, digits, '.' and '-' only`);
    }
  }
  const folds = assignFolds(
    snapshot.studies.map((s) => ({ studyId: s.studyKey, grades: [...s.grades.values()] })),
    FOLD_COUNT,
  );
  const detectors = {} as Record<ConditionGroup, DetectorImage[]>;
  const graders = {} as Record<ConditionGroup, GraderCrop[]>;
  let unnamedSlices = 0;
  let ungradedPoints = 0;
  for (const group of CONDITION_GROUPS) {
    detectors[group] = [];
    graders[group] = [];
  }
  for (const study of snapshot.studies) {
    const fold = folds.get(study.studyKey) as number;
    for (const group of CONDITION_GROUPS) {
      const found = detectorImages(study, group, fold);
      detectors[group].push(...found.images);
      unnamedSlices += found.unnamed;
    }
    for (const point of study.points) {
      if (point.grade === null) {
        ungradedPoints++;
        continue;
      }
      const { condition, level, grade, seriesKey, instanceNumber, x, y, slice } = point;
      graders[point.group].push({ studyKey: study.studyKey, seriesKey, instanceNumber, condition, level, grade, fold, x, y, slice });
    }
  }
  return { folds, detectors, graders, ungradedPoints, unnamedSlices };
}

function detectorImages(study: SnapshotStudy, group: ConditionGroup, fold: number): { images: DetectorImage[]; unnamed: number } {
  const classes = seedClassNames(group);
  const points = study.points.filter((p) => p.group === group);
  const images: DetectorImage[] = [];
  let unnamed = 0;
  for (const seriesId of [...new Set(points.map((p) => p.seriesId))]) {
    const series = study.series.get(seriesId);
    if (!series) continue;
    const numbers = new Map<number, number>();
    for (const s of series.slices) if (s.instanceNumber !== null) numbers.set(s.instanceNumber, (numbers.get(s.instanceNumber) ?? 0) + 1);
    for (const slice of series.slices) {
      if (slice.instanceNumber === null || (numbers.get(slice.instanceNumber) ?? 0) > 1) {
        unnamed++;
        continue;
      }
      const boxes = points
        .filter((p) => p.slice.instanceId === slice.instanceId)
        .map((p) => ({ classIndex: classes.indexOf(detectorClassName(p.condition, p.level)), x: p.x, y: p.y }));
      images.push({ stem: `${study.studyKey}_${series.seriesKey}_${slice.instanceNumber}`, studyKey: study.studyKey, fold, slice, boxes });
    }
  }
  return { images, unnamed };
}
