import type { StudyStatus } from '../../../electron/common/contract';

export const STATUS_LABELS: Record<StudyStatus, string> = {
  new: 'New',
  ai_done: 'AI done',
  in_review: 'In review',
  reviewed: 'Reviewed',
};
