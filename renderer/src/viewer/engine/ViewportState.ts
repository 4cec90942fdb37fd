import type { VoiWindow } from '../../../../electron/common/imaging';
import type { ViewSeries } from './ViewSeries';

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

/** The parts of a viewport its state is read from. */
export interface ViewportParts {
  readonly series: ViewSeries | null;
  readonly index: number;
  readonly window: VoiWindow | null;
  readonly zoomPercent: number;
  /** Whether a slice is on screen, and which one. */
  readonly shown: boolean;
  readonly shownIndex: number;
  readonly error: string | null;
}

export function viewportState(parts: ViewportParts): ViewportState {
  const { series, index, error } = parts;
  const slice = series?.slices[index];
  return {
    seriesId: series?.id ?? null,
    sliceIndex: index,
    sliceCount: series?.slices.length ?? 0,
    instanceNumber: slice?.instanceNumber ?? null,
    slicePosition: slice?.slicePosition ?? null,
    window: parts.window,
    zoomPercent: parts.zoomPercent,
    status:
      !series || series.slices.length === 0 ? 'empty' : error ? 'error' : parts.shownIndex === index && parts.shown ? 'ready' : 'loading',
    error,
  };
}
