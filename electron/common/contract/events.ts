import type { JobInfo } from './jobs';

/** Events main pushes to the renderer: channel → payload. */
export interface EventPayloads {
  'job:progress': JobInfo;
  'job:finished': JobInfo;
  /** Something in the workspace changed outside the renderer's own calls (a job wrote studies). */
  'workspace:changed': { readonly reason: string };
}

export type EventName = keyof EventPayloads;

export const EVENT_NAMES: readonly EventName[] = ['job:progress', 'job:finished', 'workspace:changed'];
