import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { SeriesInfo, WindowPreset as UserPreset } from '../../../electron/common/contract';
import { seriesRoleInfo } from '../../../electron/common/vocabulary';
import type { ViewerEngine } from './engine/ViewerEngine';
import type { ViewSlot } from './engine/viewSlots';
import { handleViewportKey } from './engine/viewportKeys';

interface Props {
  engine: ViewerEngine;
  slot: ViewSlot;
  series: readonly SeriesInfo[];
  presets: readonly UserPreset[];
}

/**
 * One view of the hanging protocol: React renders its controls (series picker, window presets,
 * fit/reset, slice slider) and a container the engine fills with its canvases.
 */
export function ViewportView({ engine, slot, series, presets }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const role = seriesRoleInfo(slot);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    engine.mount(slot, container);
    return () => engine.unmount(slot);
  }, [engine, slot]);
  const subscribe = useCallback((listener: () => void) => engine.subscribeSlot(slot, listener), [engine, slot]);
  const state = useSyncExternalStore(subscribe, () => engine.stateOf(slot));
  const viewport = engine.viewport(slot);
  const seriesId = engine.seriesFor(slot);
  const fileWindows = viewport?.sliceWindows() ?? [];
  const userWindows = presets.filter((p) => p.width > 0);
  const current = state.window;
  const matches = (w: { center: number; width: number }) =>
    current !== null && Math.abs(w.center - current.center) < 0.5 && Math.abs(w.width - current.width) < 0.5;
  const presetValue =
    fileWindows.findIndex(matches) >= 0
      ? `file:${fileWindows.findIndex(matches)}`
      : userWindows.findIndex(matches) >= 0
        ? `user:${userWindows.findIndex(matches)}`
        : 'custom';
  const title = `${role.rsnaName} view`;
  const sliceText =
    state.sliceCount > 0
      ? `Slice ${state.sliceIndex + 1} of ${state.sliceCount}${state.slicePosition !== null ? `, position ${state.slicePosition.toFixed(1)} mm` : ''}`
      : 'no slices';

  return (
    <section className={`viewport-panel viewport-${slot}`} aria-label={title} data-slot={slot}>
      <div className="viewport-toolbar">
        <select
          aria-label={`Series in the ${role.rsnaName} view`}
          value={seriesId ?? ''}
          onChange={(e) => engine.setSeries(slot, e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">— none —</option>
          {series.map((s) => (
            <option key={s.id} value={s.id} disabled={s.instances.length === 0}>
              {s.description ?? `Series ${s.key}`} ({s.instances.length})
            </option>
          ))}
        </select>
        <select
          aria-label={`Window preset, ${role.rsnaName} view`}
          value={presetValue}
          disabled={state.status !== 'ready'}
          onChange={(e) => {
            const [kind, index] = e.target.value.split(':');
            const chosen = kind === 'file' ? fileWindows[Number(index)] : kind === 'user' ? userWindows[Number(index)] : undefined;
            if (chosen) viewport?.setWindow(chosen);
          }}
        >
          {presetValue === 'custom' && (
            <option value="custom">{current ? `W ${Math.round(current.width)} / L ${Math.round(current.center)}` : 'Window'}</option>
          )}
          {fileWindows.map((w, i) => (
            <option key={`f${i}`} value={`file:${i}`}>
              {w.label}
            </option>
          ))}
          {userWindows.map((w, i) => (
            <option key={`u${i}`} value={`user:${i}`}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
      <div
        ref={containerRef}
        className="viewport-canvas"
        role="application"
        aria-roledescription="image view"
        aria-label={`${role.rsnaName}: ${sliceText}. Wheel or arrow keys change slice; drag for window and level.`}
        tabIndex={0}
        data-status={state.status}
        data-slice-index={state.sliceIndex}
        onKeyDown={(e) => {
          if (e.ctrlKey || e.metaKey || e.altKey) return;
          if (viewport && handleViewportKey(viewport, e.nativeEvent)) {
            e.preventDefault();
            e.stopPropagation();
          }
        }}
      />
      <div className="viewport-footer">
        <input
          type="range"
          className="slice-slider"
          aria-label={`Slice, ${role.rsnaName} view`}
          aria-valuetext={sliceText}
          min={1}
          max={Math.max(1, state.sliceCount)}
          value={state.sliceIndex + 1}
          disabled={state.sliceCount <= 1}
          onChange={(e) => viewport?.setSlice(Number(e.target.value) - 1)}
        />
        <span className="slice-text" aria-hidden="true">
          {state.sliceCount > 0 ? `${state.sliceIndex + 1}/${state.sliceCount}` : '–'}
        </span>
        <button type="button" onClick={() => viewport?.zoomBy(1.25)} aria-label={`Zoom in, ${role.rsnaName} view`}>
          +
        </button>
        <button type="button" onClick={() => viewport?.zoomBy(0.8)} aria-label={`Zoom out, ${role.rsnaName} view`}>
          −
        </button>
        <button type="button" onClick={() => viewport?.fit()} aria-label={`Fit, ${role.rsnaName} view`}>
          Fit
        </button>
        <button type="button" onClick={() => viewport?.reset()} aria-label={`Reset window and zoom, ${role.rsnaName} view`}>
          Reset
        </button>
      </div>
      {state.status === 'error' && (
        <p className="viewport-error" role="alert">
          {state.error}
        </p>
      )}
    </section>
  );
}
