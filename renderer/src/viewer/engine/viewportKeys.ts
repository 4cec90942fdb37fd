import type { Viewport } from './Viewport';

/**
 * Keys a focused view uses itself (shortcuts/shortcuts.ts, "In a view"): slices, zoom, fit,
 * reset. Returns whether the key was used, so the screen's own shortcuts do not see it.
 */
export function handleViewportKey(view: Viewport, event: KeyboardEvent): boolean {
  const step = event.shiftKey ? 5 : 1;
  const last = (view.getSeries()?.slices.length ?? 1) - 1;
  switch (event.key) {
    case 'ArrowUp':
    case 'ArrowLeft':
      view.scrollBy(-step);
      return true;
    case 'ArrowDown':
    case 'ArrowRight':
      view.scrollBy(step);
      return true;
    case 'PageUp':
      view.scrollBy(-5);
      return true;
    case 'PageDown':
      view.scrollBy(5);
      return true;
    case 'Home':
      view.setSlice(0);
      return true;
    case 'End':
      view.setSlice(last);
      return true;
    case '+':
    case '=':
      view.zoomBy(1.25);
      return true;
    case '-':
      view.zoomBy(0.8);
      return true;
    case 'f':
    case 'F':
      view.fit();
      return true;
    case 'r':
    case 'R':
      view.reset();
      return true;
    default:
      return false;
  }
}
