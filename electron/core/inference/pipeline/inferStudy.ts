import { conditionInfo, LOCATIONS, locationKey, type ConditionGroup, type GradeProbabilities } from '../../../common/vocabulary';
import { runGrader, type GradeRequest } from '../grade/runGrader';
import type { LoadedModel } from '../models/openModel';
import { priorFor } from './classPriors';
import { DEFAULT_INFERENCE_OPTIONS, type InferenceOptions, type Strategy } from './inferenceOptions';
import type { LocatedPoints, StrategyContext } from './LocatedPoints';
import type { LocationCandidate } from './LocationCandidate';
import { locateEverySlice } from './locateEverySlice';
import { locateTargeted } from './locateTargeted';
import { pickSeries } from './pickSeries';
import { StudyImages } from './StudyImages';
import type { LocationPrediction, SliceSource, StudyInput, StudyPrediction } from './StudyInput';

export { DEFAULT_INFERENCE_OPTIONS, type InferenceOptions, type Strategy };

/** The models a study needs: the detectors and graders of a ModelSet. */
export interface StudyModels {
  readonly detectors: Partial<Record<ConditionGroup, LoadedModel>>;
  readonly graders: Partial<Record<ConditionGroup, LoadedModel>>;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * Infers one study: series roles → detectors (targeted, or the seed's every slice) → points →
 * 32×32 crops → graders → the 25 answers, each with probabilities, its point and confidence, or
 * the location's prior with the reason. Runs in the engine process (onnxruntime holds the thread
 * while it computes). `signal` is checked between detector stages, so a cancel stops inside the
 * study rather than after it.
 */
export async function inferStudy(
  study: StudyInput,
  models: StudyModels,
  source: SliceSource,
  options: InferenceOptions = DEFAULT_INFERENCE_OPTIONS,
  signal?: AbortSignal,
): Promise<StudyPrediction> {
  const started = performance.now();
  const checkCancelled = (): void => {
    if (signal?.aborted) throw new CancelledError();
  };
  checkCancelled();
  const images = new StudyImages(source);
  const ctx: StrategyContext = {
    series: pickSeries(study),
    detectors: models.detectors,
    images,
    detector: options.detector,
    targeting: options.targeting,
    checkCancelled,
  };
  const located = options.strategy === 'every-slice' ? await locateEverySlice(ctx) : await locateTargeted(ctx);
  checkCancelled();
  const graded = await gradeLocated(located, models.graders, images, options.graderBatchSize);
  const notes = [...located.notes];
  const predictions: LocationPrediction[] = LOCATIONS.map((location) => {
    const key = locationKey(location);
    const candidates = located.points.get(key) ?? [];
    const probabilities = graded.get(key);
    const best = candidates[0];
    if (!best || !probabilities) {
      const reason = !best
        ? (located.missing.get(key) ?? 'no detection above the threshold')
        : `no ${conditionInfo(location.condition).group} grader in the model set`;
      return {
        ...location,
        probabilities: priorFor(options.priors, location.condition, location.level),
        source: 'prior',
        point: null,
        confidence: null,
        note: reason,
      };
    }
    return {
      ...location,
      probabilities,
      source: 'model',
      point: {
        seriesId: best.seriesId,
        instanceId: best.slice.instanceId,
        instanceNumber: best.slice.instanceNumber,
        x: best.x,
        y: best.y,
      },
      confidence: best.score,
      note: candidates.length > 1 ? `mean of ${candidates.length} graded detections` : null,
    };
  });
  return {
    studyId: study.studyId,
    studyKey: study.studyKey,
    predictions,
    detections: located.detections,
    slicesRun: located.slicesRun,
    gradedCrops: [...located.points.values()].reduce((n, list) => n + list.length, 0),
    notes,
    milliseconds: performance.now() - started,
  };
}

/** Grades every located point with its condition's grader; a location's answer is the mean over its points. */
async function gradeLocated(
  located: LocatedPoints,
  graders: Partial<Record<ConditionGroup, LoadedModel>>,
  images: StudyImages,
  batchSize: number,
): Promise<Map<string, GradeProbabilities>> {
  const byGroup = new Map<ConditionGroup, { key: string; candidate: LocationCandidate }[]>();
  for (const [key, candidates] of located.points) {
    for (const candidate of candidates) {
      const group = conditionInfo(candidate.condition).group;
      byGroup.set(group, [...(byGroup.get(group) ?? []), { key, candidate }]);
    }
  }
  const sums = new Map<string, { total: [number, number, number]; count: number }>();
  for (const [group, items] of byGroup) {
    const grader = graders[group];
    if (!grader) continue;
    const requests: GradeRequest[] = await Promise.all(
      items.map(async ({ candidate }) => ({ image: await images.get(candidate.slice), x: candidate.x, y: candidate.y })),
    );
    const probabilities = await runGrader(grader, requests, batchSize);
    items.forEach(({ key }, i) => {
      const p = probabilities[i] as GradeProbabilities;
      const sum = sums.get(key) ?? { total: [0, 0, 0], count: 0 };
      sum.total = [sum.total[0] + p[0], sum.total[1] + p[1], sum.total[2] + p[2]];
      sum.count++;
      sums.set(key, sum);
    });
  }
  return new Map([...sums].map(([key, s]) => [key, s.total.map((v) => v / s.count) as unknown as GradeProbabilities]));
}
