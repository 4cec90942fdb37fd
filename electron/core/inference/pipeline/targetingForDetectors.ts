import { DEFAULT_TARGETING, type TargetingOptions } from './selectTargetSlices';

/**
 * The economical reading (issue 6): the best slice first and its neighbours only while levels
 * are missing, 3 sagittal T1 slices per side, the one axial slice nearest each disc — about 8
 * detector images a study instead of ~28.
 */
export const ECONOMICAL_TARGETING: TargetingOptions = {
  ...DEFAULT_TARGETING,
  foraminalSlicesPerSide: 3,
  axialSlicesPerLevel: 1,
  stopWhenComplete: true,
};

/** Detectors larger than this (input px) get the economical reading. */
export const WIDE_READING_MAX_INPUT_PX = 256;

/**
 * How widely the targeted strategy reads, from the detectors' input size. A detector image costs
 * ∝ S²: at 128 px the wide reading's ~28 images cost less than grading the 25 crops (and found
 * 93 % of points within 5 mm against 83 % for the economical one, DEFAULT_TARGETING), while at
 * 640 px they are 25× dearer — 2.6 s a study on this 2-core CPU, over issue 6's 1.5 s goal — so
 * full-size detectors read economically.
 */
export function targetingForDetectors(inputSizes: readonly number[]): TargetingOptions {
  return Math.max(0, ...inputSizes) > WIDE_READING_MAX_INPUT_PX ? ECONOMICAL_TARGETING : DEFAULT_TARGETING;
}
