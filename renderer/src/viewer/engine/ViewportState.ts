import type { VoiWindow } from '../../../../electron/common/imaging';

/** What the React side of a viewport shows: the slider, the slice text, the preset menu. */
export interface ViewportState {
  readonly seriesId: number | null;
  readonly sliceIndex: number;
  readonly sliceCount: number;
  readonly instanceNumber: number | null;
  readonly slicePosition: number | null;
  readonly window: VoiWindow | null;
  /** Percent of the fitted size. */
  readonly zoomPercent: number;
  readonly status: 'empty' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
}

export const EMPTY_VIEWPORT_STATE: ViewportState = {
  seriesId: null,
  sliceIndex: 0,
  sliceCount: 0,
  instanceNumber: null,
  slicePosition: null,
  window: null,
  zoomPercent: 100,
  status: 'empty',
  error: null,
};
