import { orientationLabels } from '../../../../electron/common/geometry';
import type { VoiWindow } from '../../../../electron/common/imaging';
import type { Annotations } from './paintAnnotations';
import type { ViewSeries } from './ViewSeries';

/** What a viewport's corner texts and notice are made of. */
export interface AnnotatedView {
  /** The view's name, the title when it has no series. */
  readonly label: string;
  readonly series: ViewSeries | null;
  readonly index: number;
  readonly window: VoiWindow | null;
  readonly zoomPercent: number;
  /** Whether a slice has arrived since the series was chosen. */
  readonly loaded: boolean;
  /** Whether the slice at `index` is the one on screen (its edges can be labelled). */
  readonly showingCurrent: boolean;
  readonly error: string | null;
}

/** The texts a viewport paints over its image (paintAnnotations). */
export function viewportAnnotations(view: AnnotatedView): Annotations {
  const { series, index, window } = view;
  const slice = series?.slices[index];
  const geometry = slice?.geometry;
  const count = series?.slices.length ?? 0;
  return {
    title: series?.description ?? view.label,
    slice: count > 0 ? `Slice ${index + 1}/${count}${slice?.instanceNumber !== null && slice ? ` · Im ${slice.instanceNumber}` : ''}` : '',
    position: slice?.slicePosition !== null && slice?.slicePosition !== undefined ? `Pos ${slice.slicePosition.toFixed(1)} mm` : '',
    display: window ? `W ${Math.round(window.width)} L ${Math.round(window.center)} · ${view.zoomPercent}%` : '',
    orientation: geometry && view.showingCurrent ? orientationLabels(geometry.rowDirection, geometry.columnDirection, 0.25) : null,
    notice: notice(view),
  };
}

function notice(view: AnnotatedView): string | null {
  if (!view.series) return `No ${view.label} series`;
  if (view.series.slices.length === 0) return 'This series has no images';
  // The reason, with the file, is in the view's alert below the image (it does not fit here).
  if (view.error) return 'Cannot show this slice';
  if (!view.loaded) return 'Loading…';
  return null;
}
