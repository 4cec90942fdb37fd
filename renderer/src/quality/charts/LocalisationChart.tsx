import { useId } from 'react';
import { mm } from '../format';

export interface LocalisationRow {
  readonly label: string;
  readonly median: number | null;
  readonly p90: number | null;
}

interface Props {
  title: string;
  rows: readonly LocalisationRow[];
  /** The "found" distance, drawn as a dashed line. */
  withinMm: number;
  width?: number;
}

const ROW = 28;
const LABEL = 110;
const PAD = 8;
const AXIS = 20;

/** Localisation error per condition group: a bar to the median, a whisker on to the 90th percentile, the found threshold dashed. */
export function LocalisationChart({ title, rows, withinMm, width = 460 }: Props) {
  const id = useId();
  const top = Math.max(withinMm * 2, ...rows.map((r) => r.p90 ?? 0)) * 1.05;
  const plot = width - LABEL - PAD * 2;
  const x = (v: number): number => LABEL + PAD + (Math.max(0, Math.min(top, v)) / top) * plot;
  const height = rows.length * ROW + PAD + AXIS;
  const ticks = niceTicks(top);
  return (
    <svg
      className="chart localisation-chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{rows.map((r) => `${r.label}: median ${mm(r.median)}, 90th percentile ${mm(r.p90)}`).join('; ')}</desc>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={PAD / 2} y2={height - AXIS} className={t === 0 ? 'chart-axis' : 'chart-grid'} />
          <text x={x(t)} y={height - 6} className="chart-tick" textAnchor="middle">
            {`${t} mm`}
          </text>
        </g>
      ))}
      <line x1={x(withinMm)} x2={x(withinMm)} y1={PAD / 2} y2={height - AXIS} className="chart-threshold" />
      {rows.map((r, i) => {
        const y = PAD + i * ROW;
        return (
          <g key={r.label}>
            <text x={LABEL} y={y + ROW / 2} className="chart-label" textAnchor="end" dominantBaseline="middle">
              {r.label}
            </text>
            {r.median === null ? (
              <text x={x(0) + 6} y={y + ROW / 2} className="chart-tick" dominantBaseline="middle">
                nothing located
              </text>
            ) : (
              <>
                <rect x={x(0)} y={y + 6} width={Math.max(1, x(r.median) - x(0))} height={ROW - 12} rx={2} fill="var(--accent)" />
                {r.p90 !== null && (
                  <>
                    <line x1={x(r.median)} x2={x(r.p90)} y1={y + ROW / 2} y2={y + ROW / 2} className="chart-whisker" />
                    <line x1={x(r.p90)} x2={x(r.p90)} y1={y + 7} y2={y + ROW - 7} className="chart-whisker" />
                  </>
                )}
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** 0 and four or five round steps up to `top`. */
function niceTicks(top: number): number[] {
  const raw = top / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let t = 0; t <= top + 1e-9; t += step) ticks.push(Number(t.toFixed(6)));
  return ticks;
}
