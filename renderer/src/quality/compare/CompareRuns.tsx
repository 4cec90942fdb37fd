import { useState } from 'react';
import type { RunSummary } from '../../../../electron/common/contract';
import { call } from '../../api/spine';
import { useAsync } from '../../common/useAsync';
import { ConfusionHeatmap } from '../charts/ConfusionHeatmap';
import { fixed, percent, plural } from '../format';
import { Metric } from '../Metric';
import { RunPicker } from '../RunPicker';
import { Empty, Failure, Loading } from '../StateViews';
import { ComparisonTable } from './ComparisonTable';

/** Rows sent at most: a whole dataset's cells can be 50,000; the summary always counts them all. */
const ROW_LIMIT = 20_000;

interface Props {
  runs: readonly RunSummary[];
  revision: number;
}

/** Issue 7: two runs side by side, per cell, differences highlighted; with how much they agree overall. */
export function CompareRuns({ runs, revision }: Props) {
  const [first, setFirst] = useState<number | null>(null);
  const [second, setSecond] = useState<number | null>(null);
  const [onlyDifferent, setOnlyDifferent] = useState(true);
  const [search, setSearch] = useState('');
  if (runs.length < 2) {
    return (
      <Empty title="Comparing needs two runs">
        <p className="muted">
          {runs.length === 0 ? 'There is no AI run yet.' : 'There is one AI run so far.'} Run the AI again (for instance with another model
          version) to compare the two.
        </p>
      </Empty>
    );
  }
  const firstId = first ?? runs[1]?.id ?? null;
  const secondId = second ?? runs[0]?.id ?? null;
  return (
    <div className="compare">
      <div className="toolbar-row">
        <RunPicker label="Run A" runs={runs} value={firstId} onChange={setFirst} id="compare-first" />
        <RunPicker label="Run B" runs={runs} value={secondId} onChange={setSecond} id="compare-second" />
        <label className="check">
          <input type="checkbox" checked={onlyDifferent} onChange={(e) => setOnlyDifferent(e.target.checked)} />
          Only cells whose grades differ
        </label>
        <input
          type="search"
          className="search"
          aria-label="Filter the cells by study id"
          placeholder="Study id…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {firstId !== null && secondId !== null && firstId === secondId ? (
        <p className="muted panel-state">Choose two different runs.</p>
      ) : (
        firstId !== null &&
        secondId !== null && (
          <Comparison
            key={`${firstId}:${secondId}:${onlyDifferent}:${revision}`}
            firstId={firstId}
            secondId={secondId}
            onlyDifferent={onlyDifferent}
            search={search}
          />
        )
      )}
    </div>
  );
}

function Comparison({
  firstId,
  secondId,
  onlyDifferent,
  search,
}: {
  firstId: number;
  secondId: number;
  onlyDifferent: boolean;
  search: string;
}) {
  const data = useAsync(
    () => call('runs:compare', { firstRunId: firstId, secondRunId: secondId, onlyDifferent, limit: ROW_LIMIT }),
    `${firstId}:${secondId}`,
  );
  if (data.status === 'error') return <Failure what="Could not compare the runs." error={data.error} onRetry={data.reload} />;
  if (!data.value)
    return (
      <Loading>
        Comparing run #{firstId} with run #{secondId}…
      </Loading>
    );
  const c = data.value;
  const needle = search.trim();
  const rows = needle ? c.rows.filter((r) => r.studyKey.includes(needle)) : c.rows;
  return (
    <>
      <div className="compare-summary">
        <article className="card" aria-label="How much the runs agree">
          <h3>
            Run #{firstId} against run #{secondId}
          </h3>
          <dl className="metrics">
            <Metric label="Cells" value={c.cells.toLocaleString('en')} testId="compare-cells" />
            <Metric
              label="Grades differ"
              value={c.differing.toLocaleString('en')}
              detail={c.cells > 0 ? percent(c.differing / c.cells) : undefined}
              testId="compare-differing"
            />
            <Metric label="Mean max |Δp|" value={fixed(c.meanAbsDifference)} testId="compare-mean-diff" />
            <Metric label="Quadratic κ" value={fixed(c.agreement.quadraticKappa)} detail="between the runs" testId="compare-kappa" />
          </dl>
          <p className="muted">
            κ and the matrix compare the runs&apos; most likely grades on {plural(c.agreement.n, 'cell')} both answered; |Δp| is the largest
            change of a grade&apos;s probability in a cell.
          </p>
        </article>
        <article className="card" aria-label="Run A against run B">
          <ConfusionHeatmap
            title={`Most likely grade: run #${firstId} (rows) against run #${secondId}`}
            confusion={c.agreement.confusion}
            rowsName={`#${firstId}`}
            columnsName={`#${secondId}`}
          />
        </article>
      </div>
      <p className="table-note" aria-live="polite">
        {rows.length === 0
          ? onlyDifferent
            ? 'The two runs give the same grade in every cell.'
            : 'No cell matches.'
          : `${plural(rows.length, 'cell')} shown${c.truncated ? ` (the first ${ROW_LIMIT.toLocaleString('en')})` : ''}${onlyDifferent ? ', only where the grades differ' : ''}.`}
        {c.hiddenByBlindedRead > 0 && ` ${plural(c.hiddenByBlindedRead, 'cell')} hidden until your blinded first read of their studies.`}
        <span className="legend-note">
          {' '}
          Each run: its most likely grade and that grade&apos;s probability, then Normal/Mild · Moderate · Severe in %.
        </span>
      </p>
      {rows.length > 0 && <ComparisonTable rows={rows} firstName={`Run #${firstId}`} secondName={`Run #${secondId}`} />}
    </>
  );
}
