import type { ConditionGroup } from '../../../common/vocabulary';
import type { DetectorSettings } from '../detect/runDetector';
import type { LoadedModel } from '../models/openModel';
import type { LocationCandidate } from './LocationCandidate';
import type { PickedSeries } from './pickSeries';
import type { TargetingOptions } from './selectTargetSlices';
import type { StudyImages } from './StudyImages';
import type { StoredDetection } from './StudyInput';

/** What a localisation strategy hands to grading. */
export interface LocatedPoints {
  /** Points to grade per location key; the first is the location's point (best score). */
  readonly points: Map<string, LocationCandidate[]>;
  readonly detections: StoredDetection[];
  /** Slices each detector ran on. */
  readonly slicesRun: Record<string, number>;
  /** Why a location has no point, per location key (else "no detection above the threshold"). */
  readonly missing: Map<string, string>;
  readonly notes: string[];
}

export interface StrategyContext {
  readonly series: PickedSeries;
  readonly detectors: Partial<Record<ConditionGroup, LoadedModel>>;
  readonly images: StudyImages;
  readonly detector: DetectorSettings;
  readonly targeting: TargetingOptions;
  /** Throws when the run was cancelled (checked between detector stages). */
  readonly checkCancelled: () => void;
}

export function emptyLocated(): LocatedPoints {
  return { points: new Map(), detections: [], slicesRun: {}, missing: new Map(), notes: [] };
}
