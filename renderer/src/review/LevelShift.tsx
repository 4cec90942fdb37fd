import { useState } from 'react';
import type { PointInfo, SeriesInfo } from '../../../electron/common/contract';
import { seriesRoleInfo } from '../../../electron/common/vocabulary';

/**
 * Shift every level on one series up (cranial) or down (caudal) by one disc: the fix for a
 * level count that is off by one (rsna-data.md pitfall 2). Points and their grades move together;
 * one undo reverses the whole shift.
 */
export function LevelShift({
  series,
  points,
  onShift,
}: {
  series: readonly SeriesInfo[];
  points: readonly PointInfo[];
  onShift: (seriesId: number, delta: -1 | 1) => void;
}) {
  const withPoints = series.filter((s) => points.some((p) => p.seriesId === s.id));
  const [chosen, setChosen] = useState<number | null>(null);
  const seriesId = chosen !== null && withPoints.some((s) => s.id === chosen) ? chosen : (withPoints[0]?.id ?? null);
  if (withPoints.length === 0) return null;
  return (
    <section className="level-shift" aria-label="Level shift">
      <h3>Level shift</h3>
      <div className="level-shift-row">
        <select aria-label="Series to shift" value={seriesId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
          {withPoints.map((s) => (
            <option key={s.id} value={s.id}>
              {s.role ? seriesRoleInfo(s.role).rsnaName : (s.description ?? s.key)} ({points.filter((p) => p.seriesId === s.id).length}{' '}
              points)
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={seriesId === null}
          onClick={() => seriesId !== null && onShift(seriesId, -1)}
          title="Every point on this series one level up (L5/S1 → L4/L5), grades with them"
        >
          Levels ↑
        </button>
        <button
          type="button"
          disabled={seriesId === null}
          onClick={() => seriesId !== null && onShift(seriesId, 1)}
          title="Every point on this series one level down (L4/L5 → L5/S1), grades with them"
        >
          Levels ↓
        </button>
      </div>
    </section>
  );
}
