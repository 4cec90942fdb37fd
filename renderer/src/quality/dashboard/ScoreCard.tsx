import type { RunBaseline, ScoreParts, ScoreTerms } from '../../../../electron/common/contract';
import { BarChart } from '../charts/BarChart';
import { fixed, plural } from '../format';

const PARTS: readonly { key: keyof ScoreTerms; label: string }[] = [
  { key: 'spinal', label: 'Spinal canal' },
  { key: 'foraminal', label: 'Foraminal' },
  { key: 'subarticular', label: 'Subarticular' },
  { key: 'any_severe_spinal', label: 'Any severe spinal' },
  { key: 'score', label: 'Score (mean)' },
];

/**
 * The competition score (weighted log loss, lower is better; rsna-data.md "The metric") and its
 * four parts, each against the best constant predictor on the same labelled cells: a model is
 * only worth something where its bar ends left of the tick.
 */
export function ScoreCard({ score, baseline }: { score: ScoreParts; baseline: RunBaseline | null }) {
  const best = baseline?.baselines.find((b) => b.kind === 'weighted-optimum') ?? null;
  const reference = best?.score.score ?? null;
  const gain = score.score !== null && reference !== null && reference > 0 ? (reference - score.score) / reference : null;
  return (
    <article className="card score-card" aria-labelledby="score-title">
      <h3 id="score-title">Competition score</h3>
      <div className="score-headline">
        <span className="score-value" data-testid="score-value">
          {fixed(score.score)}
        </span>
        <span className="score-notes">
          <span>weighted log loss · lower is better</span>
          <span>
            {plural(score.labelledCells, 'labelled cell')} of {plural(score.studies, 'study', 'studies')}
          </span>
          {reference !== null && (
            <span data-testid="baseline-note" className={gain !== null && gain > 0 ? 'better' : 'worse'}>
              best constant {fixed(reference)}
              {gain !== null && ` · ${Math.abs(gain * 100).toFixed(0)}% ${gain > 0 ? 'lower' : 'higher'}`}
            </span>
          )}
        </span>
      </div>
      <BarChart
        title="Competition score and its four parts, with the best constant predictor's"
        bars={PARTS.map((p) => ({
          label: p.label,
          value: score[p.key],
          reference: best?.score[p.key] ?? null,
          strong: p.key === 'score',
          colour: p.key === 'score' ? '#7fbcff' : 'var(--accent)',
        }))}
        format={(v) => fixed(v)}
        referenceName="best constant"
      />
      {best && (
        <p className="chart-legend">
          <span className="legend-swatch legend-run" /> this run <span className="legend-swatch legend-reference" /> best constant predictor
          on the same cells (fitted on them)
        </p>
      )}
    </article>
  );
}
