import { useId } from 'react';

export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly colour?: string;
  /** A reference value drawn as a tick across the bar (e.g. the best constant predictor). */
  readonly reference?: number | null;
  /** Emphasised (the total among its parts). */
  readonly strong?: boolean;
}

interface Props {
  title: string;
  bars: readonly Bar[];
  format: (value: number | null) => string;
  /** The axis end; default the largest value or reference. */
  max?: number;
  referenceName?: string;
  width?: number;
}

const ROW = 26;
const LABEL = 150;
const VALUE = 64;
const PAD = 6;

/**
 * Horizontal bars with their values, and optional reference ticks. Hand-drawn SVG (no charting
 * dependency); named by its title and described by every value for screen readers.
 */
export function BarChart({ title, bars, format, max, referenceName, width = 460 }: Props) {
  const id = useId();
  const top = Math.max(max ?? 0, ...bars.flatMap((b) => [b.value ?? 0, b.reference ?? 0])) || 1;
  const plot = width - LABEL - VALUE - PAD * 2;
  const x = (v: number): number => LABEL + PAD + (Math.max(0, v) / top) * plot;
  const height = bars.length * ROW + PAD * 2;
  const description = bars
    .map(
      (b) =>
        `${b.label} ${format(b.value)}${b.reference !== undefined && b.reference !== null && referenceName ? ` (${referenceName} ${format(b.reference)})` : ''}`,
    )
    .join('; ');
  return (
    <svg
      className="chart bar-chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      <line x1={x(0)} x2={x(0)} y1={PAD / 2} y2={height - PAD / 2} className="chart-axis" />
      {bars.map((b, i) => {
        const y = PAD + i * ROW;
        return (
          <g key={b.label} className={b.strong ? 'bar-strong' : undefined}>
            <text x={LABEL} y={y + ROW / 2} className="chart-label" textAnchor="end" dominantBaseline="middle">
              {b.label}
            </text>
            {b.value !== null && (
              <rect x={x(0)} y={y + 4} width={Math.max(1, x(b.value) - x(0))} height={ROW - 8} rx={2} fill={b.colour ?? 'var(--accent)'} />
            )}
            {b.reference !== undefined && b.reference !== null && (
              <line x1={x(b.reference)} x2={x(b.reference)} y1={y + 1} y2={y + ROW - 1} className="chart-reference" />
            )}
            <text x={width - PAD} y={y + ROW / 2} className="chart-value" textAnchor="end" dominantBaseline="middle">
              {format(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
