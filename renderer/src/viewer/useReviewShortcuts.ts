import { useEffect, useLayoutEffect, useRef } from 'react';
import type { OverlayDefaults } from '../../../electron/common/contract';
import { CONDITIONS, GRADES, LEVELS, type Location } from '../../../electron/common/vocabulary';
import type { CellSummary } from '../review/cellSummary';
import type { ReviewActions } from '../review/useReview';

interface Options {
  selected: Location;
  summary: CellSummary;
  placing: boolean;
  select: (cell: Location) => void;
  setPlacing: (on: boolean) => void;
  actions: ReviewActions;
  toggleOverlay: (key: keyof OverlayDefaults) => void;
  markReviewedAndNext: () => void;
  /** Blinded first read: commits the reader's grades and shows the AI; null when the AI is not hidden. */
  commitFirstRead: (() => void) | null;
  close: () => void;
}

const OVERLAY_KEYS: Record<string, keyof OverlayDefaults> = { l: 'points', a: 'aiBoxes', x: 'referenceLines', v: 'axialLevels' };

/** Where typing must not trigger shortcuts, and where Enter already means "press this". */
function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/**
 * The review screen's keyboard (product.md "Keyboard-first", shortcuts/shortcuts.ts): grades,
 * cell moves, accept AI, place/delete point, undo/redo, overlays, reviewed-and-next. Keys a
 * focused view uses itself (slices, zoom) never reach here; neither do keys typed into a field
 * or pressed while a dialog is open.
 */
export function useReviewShortcuts(options: Options): void {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTextEntry(event.target) || document.querySelector('dialog[open]')) return;
      const o = latest.current;
      const { selected, summary, actions } = o;
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      let handled = true;
      if (ctrl && key === 'z') {
        if (event.shiftKey) actions.redo();
        else actions.undo();
      } else if (ctrl && key === 'y') actions.redo();
      else if (ctrl || event.altKey) handled = false;
      // Shift as well: a commit cannot be taken back, so no single key does it.
      else if (key === 'c' && event.shiftKey) {
        o.commitFirstRead?.();
      } else if (key === '1' || key === '2' || key === '3')
        actions.setGrade(selected.condition, selected.level, (GRADES[Number(key) - 1] as (typeof GRADES)[number]).id);
      else if (key === '0') actions.setGrade(selected.condition, selected.level, null);
      else if (key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight') o.select(moveCell(selected, key));
      else if (key === 'Enter' && !isActivatable(event.target)) {
        if (summary.ai) actions.acceptAi(selected.condition, selected.level);
      } else if (key === 'p') o.setPlacing(!o.placing);
      else if (key === 'Delete') {
        if (summary.point) actions.deletePoint(summary.point.id);
      } else if (key === 'n') o.markReviewedAndNext();
      else if (key === 'Escape') {
        if (o.placing) o.setPlacing(false);
        else o.close();
      } else if (OVERLAY_KEYS[key]) o.toggleOverlay(OVERLAY_KEYS[key]);
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Up/down change condition (grid rows), left/right change level (grid columns); edges stop. */
function moveCell(cell: Location, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'): Location {
  const row = CONDITIONS.findIndex((c) => c.id === cell.condition);
  const column = LEVELS.findIndex((l) => l.id === cell.level);
  const nextRow = Math.max(0, Math.min(CONDITIONS.length - 1, row + (key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0)));
  const nextColumn = Math.max(0, Math.min(LEVELS.length - 1, column + (key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0)));
  return { condition: (CONDITIONS[nextRow] as (typeof CONDITIONS)[number]).id, level: (LEVELS[nextColumn] as (typeof LEVELS)[number]).id };
}
