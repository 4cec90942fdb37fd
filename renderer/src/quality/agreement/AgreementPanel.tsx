import { useCallback, useState } from 'react';
import type { LabelSetRef, RunSummary } from '../../../../electron/common/contract';
import { call } from '../../api/spine';
import { useAsync } from '../../common/useAsync';
import { BarChart } from '../charts/BarChart';
import { ConfusionCard } from '../dashboard/ConfusionCard';
import { GradingCard } from '../dashboard/GradingCard';
import { fixed, GROUP_NAMES, GROUPS, plural } from '../format';
import { Empty, Failure, Loading } from '../StateViews';
import { DisagreementsSection } from './DisagreementsSection';
import { labelSetName } from './labelSetName';
import { LabelSetPicker } from './LabelSetPicker';

/**
 * Agreement between two grade sets (product.md P2 "several readers"; issue 7 "weighted kappa
 * between two readers' label sets"): the originals against the corrections, a run against the
 * labels, or another reader's exported folder against this workspace; below, the cells where the
 * two disagree, to adjudicate.
 */
export function AgreementPanel({
  runs,
  revision,
  sets,
  onSets,
}: {
  runs: readonly RunSummary[];
  revision: number;
  sets: AgreementSets;
  onSets: (sets: AgreementSets) => void;
}) {
  const { first, second } = sets;
  const setFirst = (ref: LabelSetRef | null): void => onSets({ first: ref, second });
  const setSecond = (ref: LabelSetRef | null): void => onSets({ first, second: ref });
  // Settled disagreements: both the agreement and the rows read the store again, without a remount
  // (the figures and the filter stay on screen while they reload).
  const [edits, setEdits] = useState(0);
  const edited = useCallback(() => setEdits((n) => n + 1), []);
  const ready = first !== null && second !== null;
  return (
    <div className="agreement">
      <div className="toolbar-row label-sets">
        <LabelSetPicker legend="First grade set (rows)" value={first} onChange={setFirst} runs={runs} />
        <span className="versus" aria-hidden="true">
          vs
        </span>
        <LabelSetPicker legend="Second grade set (columns)" value={second} onChange={setSecond} runs={runs} />
      </div>
      {ready ? (
        <Agreement
          key={`${JSON.stringify(first)}|${JSON.stringify(second)}|${revision}`}
          first={first}
          second={second}
          edits={edits}
          onEdited={edited}
        />
      ) : (
        <p className="muted panel-state">Choose both grade sets.</p>
      )}
    </div>
  );
}

/** The two grade sets compared; kept by the Quality screen, so they survive a visit to a study opened from the table. */
export interface AgreementSets {
  readonly first: LabelSetRef | null;
  readonly second: LabelSetRef | null;
}

export const DEFAULT_AGREEMENT_SETS: AgreementSets = { first: { kind: 'imported' }, second: { kind: 'current' } };

function Agreement({ first, second, edits, onEdited }: { first: LabelSetRef; second: LabelSetRef; edits: number; onEdited: () => void }) {
  const data = useAsync(() => call('quality:agreement', { first, second }), `agreement#${edits}`);
  if (data.status === 'error') return <Failure what="Could not compare the grade sets." error={data.error} onRetry={data.reload} />;
  if (!data.value)
    return (
      <Loading>
        Comparing {labelSetName(first)} with {labelSetName(second)}…
      </Loading>
    );
  const a = data.value;
  if (a.n === 0) {
    return (
      <Empty title="No cell is graded in both sets">
        <p className="muted">
          {labelSetName(first)}: {plural(a.onlyFirst, 'graded cell')}; {labelSetName(second)}: {plural(a.onlySecond, 'graded cell')}. Study
          ids must match for cells to be compared.
        </p>
      </Empty>
    );
  }
  const rows = labelSetName(first);
  const columns = labelSetName(second);
  return (
    <div className="dashboard-grid">
      <article className="card" aria-label="Weighted kappa per condition group">
        <h3>Weighted kappa (quadratic)</h3>
        <p className="score-headline">
          <span className="score-value" data-testid="agreement-kappa">
            {fixed(a.quadraticKappa)}
          </span>
          <span className="score-notes">
            <span>{plural(a.n, 'cell')} graded in both</span>
            <span>
              {a.onlyFirst} only in {rows}, {a.onlySecond} only in {columns}
            </span>
          </span>
        </p>
        <BarChart
          title="Quadratic weighted kappa per condition group"
          bars={[
            ...GROUPS.map((g) => ({ label: GROUP_NAMES[g], value: a.byGroup[g].quadraticKappa })),
            { label: 'All', value: a.quadraticKappa, strong: true, colour: '#7fbcff' },
          ]}
          max={1}
          format={(v) => fixed(v)}
        />
        <p className="muted">
          1 is perfect agreement, 0 what chance gives; disagreements two grades apart weigh four times one grade apart.
        </p>
      </article>
      <GradingCard grading={a} truthName={rows} title={`Agreement: ${rows} against ${columns}`} />
      <ConfusionCard
        agreement={a}
        rowsName={rows}
        columnsName={columns}
        title={`Confusion matrices: ${rows} (rows) against ${columns} (columns)`}
      />
      <DisagreementsSection first={first} second={second} edits={edits} onEdited={onEdited} />
    </div>
  );
}
