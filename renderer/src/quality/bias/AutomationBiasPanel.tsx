import { call } from '../../api/spine';
import { useAsync } from '../../common/useAsync';
import { percent, plural } from '../format';
import { Empty, Failure, Loading } from '../StateViews';
import { AutomationBiasTable } from './AutomationBiasTable';

/**
 * Automation bias (product.md P2 "Blinded first read"; core evaluation/automationBias.ts): how
 * often readers, having committed a grade with the AI hidden, then moved to the AI's grade.
 */
export function AutomationBiasPanel({ revision }: { revision: number }) {
  const data = useAsync(() => call('quality:automationBias', {}), `automation-bias#${revision}`);
  if (data.status === 'error' && !data.value)
    return <Failure what="Could not measure automation bias." error={data.error} onRetry={data.reload} />;
  if (!data.value) return <Loading>Reading the blinded first reads…</Loading>;
  const report = data.value;
  if (report.readers.length === 0) {
    return (
      <Empty title="No blinded first reads yet">
        <p className="muted">
          Turn on Settings → Blinded first read, grade a study with the AI hidden and commit the first read: each commit is counted here,
          reader by reader.
        </p>
      </Empty>
    );
  }
  const { overall } = report;
  return (
    <div className="automation-bias">
      <p className="bias-intro">
        First reads are committed with the AI hidden (Settings → Blinded first read); this shows how often readers then moved to the AI's
        grade. Each cell graded by both the reader and the AI is compared with its current label.
      </p>
      <article className="card" aria-labelledby="bias-title">
        <h3 id="bias-title">Automation bias</h3>
        <p className="score-headline">
          <span className="score-value" data-testid="bias-toward-rate">
            {percent(overall.towardAiRate)}
          </span>
          <span className="score-notes">
            <span>of the cells where the first read disagreed with the AI now have the AI's grade</span>
            <span>
              {plural(overall.changedTowardAi, 'cell')} of {(overall.cells - overall.firstAgreesWithAi).toLocaleString('en')}, over{' '}
              {plural(overall.firstReads, 'first read')} by {plural(report.readers.length, 'reader')}
            </span>
          </span>
        </p>
        <AutomationBiasTable report={report} />
        <p className="muted table-note">
          Before: the first read; after: the current label. Toward the AI counts out of the cells where the first read disagreed with the
          AI, away out of those where it agreed; a cleared label counts as changed. The label is the study's: another reader's later change
          counts too.
        </p>
      </article>
    </div>
  );
}
