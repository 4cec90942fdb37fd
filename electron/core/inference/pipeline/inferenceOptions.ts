import { SEED_DETECTOR_SETTINGS, type DetectorSettings } from '../detect/detectorSettings';
import { uniformPriorTable, type PriorTable } from './classPriors';
import { DEFAULT_TARGETING, type TargetingOptions } from './selectTargetSlices';

/** A run's options; apart from inferStudy so that main can read them without loading onnxruntime. */
export type Strategy = 'targeted' | 'every-slice';

export interface InferenceOptions {
  readonly strategy: Strategy;
  readonly detector: DetectorSettings;
  readonly targeting: TargetingOptions;
  readonly graderBatchSize: number;
  /** Answers where nothing was graded (never zeros: seed-method.md flaw 5). */
  readonly priors: PriorTable;
}

export const DEFAULT_INFERENCE_OPTIONS: InferenceOptions = {
  strategy: 'targeted',
  detector: SEED_DETECTOR_SETTINGS,
  targeting: DEFAULT_TARGETING,
  graderBatchSize: 32,
  priors: uniformPriorTable(),
};

