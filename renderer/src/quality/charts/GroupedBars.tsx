import { useId } from 'react';

export interface BarSeries {
  readonly name: string;
  readonly colour: string;
}

export interface BarGroup {
  readonly label: string;
  /** One value per series, in [0, 1]; null where it is undefined (e.g. recall of a grade never labelled). */
  readonly values: readonly (number | null)[];
}

interface Props {
  title: string;
  series: readonly BarSeries[];
  groups: readonly BarGroup[];
  format: (value: number | null) => string;
  width?: number;
}

const HEIGHT = 190;
const AXIS = 34;
const BOTTOM = 24;
const TOP = 16;

/** Vertical bars in groups on a 0–1 scale (per-grade recall per condition group), values above the bars. */
export function GroupedBars({ title, series, groups, format, width = 460 }: Props) {
  const id = useId();
  const plot = HEIGHT - TOP - BOTTOM;
  const groupWidth = (width - AXIS) / Math.max(1, groups.length);
  const barWidth = Math.min(26, (groupWidth - 14) / Math.max(1, series.length));
  const y = (v: number): number => TOP + (1 - Math.max(0, Math.min(1, v))) * plot;
  const description = groups
    .map((g) => `${g.label}: ${series.map((s, i) => `${s.name} ${format(g.values[i] ?? null)}`).join(', ')}`)
    .join('; ');
  return (
    <svg
      className="chart grouped-bars"
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <g key={t}>
          <line x1={AXIS} x2={width} y1={y(t)} y2={y(t)} className={t === 0 ? 'chart-axis' : 'chart-grid'} />
          <text x={AXIS - 5} y={y(t)} className="chart-tick" textAnchor="end" dominantBaseline="middle">
            {`${Math.round(t * 100)}%`}
          </text>
        </g>
      ))}
      {groups.map((g, gi) => {
        const left = AXIS + gi * groupWidth + (groupWidth - barWidth * series.length) / 2;
        return (
          <g key={g.label}>
            {series.map((s, si) => {
              const v = g.values[si] ?? null;
              const bx = left + si * barWidth;
              return (
                <g key={s.name}>
                  {v === null ? (
                    <text x={bx + barWidth / 2} y={y(0) - 6} className="chart-tick" textAnchor="middle">
                      n/a
                    </text>
                  ) : (
                    <>
                      <rect x={bx + 1} y={y(v)} width={barWidth - 2} height={Math.max(1, y(0) - y(v))} rx={2} fill={s.colour} />
                      <text x={bx + barWidth / 2} y={y(v) - 4} className="chart-bar-value" textAnchor="middle">
                        {Math.round(v * 100)}
                      </text>
                    </>
                  )}
                </g>
              );
            })}
            <text x={AXIS + gi * groupWidth + groupWidth / 2} y={HEIGHT - 6} className="chart-label" textAnchor="middle">
              {g.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
