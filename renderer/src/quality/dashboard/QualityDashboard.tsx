import type { RunSummary } from '../../../../electron/common/contract';
import { call } from '../../api/spine';
import { useAsync } from '../../common/useAsync';
import { RunPicker } from '../RunPicker';
import { Empty, Failure, Loading } from '../StateViews';
import { ConfusionCard } from './ConfusionCard';
import { GradingCard } from './GradingCard';
import { LocalisationCard } from './LocalisationCard';
import { RunFacts } from './RunFacts';
import { ScoreCard } from './ScoreCard';

interface Props {
  runs: readonly RunSummary[];
  runId: number | null;
  onRunChange: (runId: number) => void;
  /** Bumped when the workspace changes (labels corrected, a run finished): the figures are read again. */
  revision: number;
  onRunAi: () => void;
}

/** Issue 7's quality dashboard: one run against the workspace's current labels. */
export function QualityDashboard({ runs, runId, onRunChange, revision, onRunAi }: Props) {
  if (runs.length === 0) {
    return (
      <Empty title="No AI run yet">
        <p className="muted">Run the AI on some studies; each run is scored here against the current labels.</p>
        <button type="button" className="primary" onClick={onRunAi}>
          Run AI…
        </button>
      </Empty>
    );
  }
  const current = runs.find((r) => r.id === runId) ?? runs[0];
  if (!current) return null;
  return (
    <div className="dashboard">
      <div className="dashboard-head">
        <RunPicker label="Run" runs={runs} value={current.id} onChange={onRunChange} id="dashboard-run" />
        <RunFacts run={current} />
      </div>
      <RunFigures key={`${current.id}#${revision}`} run={current} />
    </div>
  );
}

function RunFigures({ run }: { run: RunSummary }) {
  const data = useAsync(
    () => Promise.all([call('runs:quality', { runId: run.id }), call('runs:baseline', { runId: run.id })]),
    String(run.id),
  );
  if (data.status === 'error') return <Failure what={`Could not score run #${run.id}.`} error={data.error} onRetry={data.reload} />;
  if (!data.value) return <Loading>Scoring run #{run.id} against the current labels…</Loading>;
  const [quality, baseline] = data.value;
  if (quality.score.labelledCells === 0) {
    return (
      <Empty title={`Run #${run.id} answered no labelled study`}>
        <p className="muted">Its studies have no grades yet: import labels or grade them, then come back.</p>
      </Empty>
    );
  }
  return (
    <div className="dashboard-grid" data-run={run.id}>
      <ScoreCard score={quality.score} baseline={baseline} />
      <GradingCard grading={quality.grading} truthName="labels" />
      <LocalisationCard localisation={quality.localisation} />
      <ConfusionCard
        agreement={quality.grading}
        rowsName="Label"
        columnsName="Run"
        title="Confusion matrices: labels (rows) against the run's most likely grade"
      />
    </div>
  );
}
