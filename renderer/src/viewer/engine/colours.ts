import type { ConditionId, GradeId, LevelId } from '../../../../electron/common/vocabulary';

/**
 * Overlay colours. Conditions are told apart by hue (chosen to stay distinct for the common
 * red–green colour deficiencies: blue, orange, purple, yellow, magenta), levels by a
 * sequential ramp so neighbouring discs read as neighbours.
 */
export const CONDITION_COLOURS: Record<ConditionId, string> = {
  spinal: '#4fc3f7',
  left_foraminal: '#ffa726',
  right_foraminal: '#b388ff',
  left_subarticular: '#fff176',
  right_subarticular: '#f06292',
};

export const LEVEL_COLOURS: Record<LevelId, string> = {
  l1_l2: '#80deea',
  l2_l3: '#81c784',
  l3_l4: '#fff176',
  l4_l5: '#ffb74d',
  l5_s1: '#e57373',
};

export const GRADE_COLOURS: Record<GradeId, string> = {
  normal_mild: '#5ad18a',
  moderate: '#ffb547',
  severe: '#ff6b6b',
};

export const AI_COLOUR = '#00e5ff';
export const REFERENCE_COLOUR = '#ffd34f';
