import { useId, useState } from 'react';
import type { LabelSetRef } from '../../../../electron/common/contract';
import { CONDITIONS, conditionInfo, type ConditionId } from '../../../../electron/common/vocabulary';
import { plural } from '../format';
import { Failure, Loading } from '../StateViews';
import { DisagreementTable } from './DisagreementTable';
import { adoptableSide, labelSetName } from './labelSetName';
import { useDisagreements } from './useDisagreements';

/** How rows are settled here, or why they cannot be. */
function settleNote(first: LabelSetRef, second: LabelSetRef, otherName: string): string {
  const side = adoptableSide(first, second);
  if (side)
    return `To keep the current label, do nothing. "Use …" sets it to the grade of ${otherName} as an ordinary edit: audited under the reader named in Settings and undoable in the study (Ctrl+Z).`;
  if (first.kind === 'current') return 'Both sets are the current labels: there is nothing to settle.';
  return 'Read only: neither set is the current labels, the only grades this workspace can change. Choose "Current labels" as one of the sets to settle disagreements.';
}

interface Props {
  first: LabelSetRef;
  second: LabelSetRef;
  /** Moves after every settle: the rows are read again. */
  edits: number;
  onEdited: () => void;
}

/**
 * Adjudication (product.md P2 "several readers": "show agreement … and adjudicate"): the cells
 * the two sets grade differently, widest first, each settled by taking the other set's grade into
 * the current labels, or left as it is ("keep ours" needs no write).
 */
export function DisagreementsSection({ first, second, edits, onEdited }: Props) {
  const [condition, setCondition] = useState<ConditionId | null>(null);
  const { data, adopt, failure, busy } = useDisagreements(first, second, condition, edits, onEdited);
  const filterId = useId();
  const adoptable = adoptableSide(first, second);
  const firstName = labelSetName(first);
  const secondName = labelSetName(second);
  const d = data.value;
  const all = d ? Object.values(d.byCondition).reduce((a, b) => a + b, 0) : 0;
  return (
    <article className="card wide disagreements" aria-labelledby={`${filterId}-title`}>
      <div className="card-title-row">
        <h3 id={`${filterId}-title`}>Disagreements</h3>
        {d && (
          <span className="disagreement-count" role="status" data-testid="disagreement-count">
            {plural(d.total, 'cell')} {d.total === 1 ? 'disagrees' : 'disagree'}
            {condition ? ` in ${conditionInfo(condition).rsnaName}` : ''}
            {d.truncated ? `; showing the first ${d.rows.length.toLocaleString('en')}` : ''}
          </span>
        )}
        {/* The label beside the select, not around it: wrapped, its options would become part of the select's name. */}
        <div className="field inline-field disagreement-filter">
          <label htmlFor={filterId}>Condition</label>
          <select
            id={filterId}
            value={condition ?? ''}
            onChange={(e) => setCondition(e.target.value === '' ? null : (e.target.value as ConditionId))}
          >
            <option value="">All conditions{d ? ` (${all})` : ''}</option>
            {CONDITIONS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.rsnaName}
                {d ? ` (${d.byCondition[c.id]})` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted table-note">{settleNote(first, second, adoptable === 'first' ? firstName : secondName)}</p>
      {d && d.hiddenByBlindedRead > 0 && (
        <p className="muted table-note">
          {plural(d.hiddenByBlindedRead, 'row')} of studies you have not committed a blinded first read of are not listed: they would show
          the AI&apos;s grade.
        </p>
      )}
      {failure && <Failure what={failure.what} error={failure.error} />}
      {data.status === 'error' && <Failure what="Could not list the disagreements." error={data.error} onRetry={data.reload} />}
      {!d && data.status === 'loading' && <Loading>Finding the cells graded differently…</Loading>}
      {d && d.total === 0 && (
        <p className="panel-state">
          {condition
            ? `No disagreement in ${conditionInfo(condition).rsnaName}.`
            : 'No disagreement: the two sets give the same grade to every cell both grade.'}
        </p>
      )}
      {d && d.total > 0 && (
        <DisagreementTable
          rows={d.rows}
          firstName={firstName}
          secondName={secondName}
          adoptable={adoptable}
          busy={busy}
          onAdopt={(row, grade) => void adopt(row, grade)}
        />
      )}
    </article>
  );
}
