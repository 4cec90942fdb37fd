import type { RunAnswer } from '../../../../electron/common/contract';
import { GRADES } from '../../../../electron/common/vocabulary';

/** A run's answer for a cell: its most likely grade and the three probabilities as one stacked bar (the grid's AI bar). */
export function ProbabilityBar({ answer }: { answer: RunAnswer | null }) {
  if (!answer) return <span className="muted">no answer</span>;
  const info = GRADES.find((g) => g.id === answer.grade);
  const top = answer.probabilities[info?.index ?? 0] ?? 0;
  const title = GRADES.map((g) => `${g.rsnaName} ${(answer.probabilities[g.index] * 100).toFixed(1)}%`).join(', ');
  return (
    <span className="answer" title={`${title}${answer.source === 'prior' ? ' (prior: nothing located)' : ''}`}>
      <span className={`grade grade-${answer.grade}`}>{info?.short ?? '?'}</span>
      <span className="answer-p">{(top * 100).toFixed(0)}%</span>
      <span className="ai-bar answer-bar" aria-hidden="true">
        <span className="ai-n" style={{ width: `${answer.probabilities[0] * 100}%` }} />
        <span className="ai-m" style={{ width: `${answer.probabilities[1] * 100}%` }} />
        <span className="ai-s" style={{ width: `${answer.probabilities[2] * 100}%` }} />
      </span>
      <span className="answer-all">{answer.probabilities.map((p) => Math.round(p * 100)).join(' · ')}</span>
      {answer.source === 'prior' && <span className="answer-prior">prior</span>}
    </span>
  );
}
