import { useState } from 'react';
import type { LabelSetDisagreement, LabelSetRef } from '../../../../electron/common/contract';
import { conditionInfo, gradeInfo, levelInfo, type ConditionId, type GradeId } from '../../../../electron/common/vocabulary';
import { call } from '../../api/spine';
import { useAsync } from '../../common/useAsync';

/** A settle that failed: which cell, to what, and the store's reason. */
export interface AdoptFailure {
  readonly what: string;
  readonly error: Error;
}

/**
 * The disagreeing cells of two grade sets (quality:disagreements), reloaded whenever `edits` moves,
 * and `adopt`: set one cell's current label to a grade through labels:setGrade, the review screen's
 * own write (audited under the reader of the settings, on their undo stack), then `onEdited` so the
 * panel reloads the agreement and these rows. While a settle or the reload after it runs, `busy`
 * is true: a second press on a row that is about to vanish would write the same edit twice.
 */
export function useDisagreements(
  first: LabelSetRef,
  second: LabelSetRef,
  condition: ConditionId | null,
  edits: number,
  onEdited: () => void,
) {
  const data = useAsync(
    () => call('quality:disagreements', { first, second, ...(condition ? { condition } : {}) }),
    `disagreements#${JSON.stringify(first)}|${JSON.stringify(second)}|${condition ?? 'all'}#${edits}`,
  );
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<AdoptFailure | null>(null);
  const adopt = async (row: LabelSetDisagreement, grade: GradeId): Promise<void> => {
    if (row.studyId === null) return;
    setPending(row.rowId);
    setFailure(null);
    try {
      await call('labels:setGrade', { studyId: row.studyId, condition: row.condition, level: row.level, grade });
      onEdited();
    } catch (e) {
      const cell = `${row.studyKey} ${conditionInfo(row.condition).rsnaName} ${levelInfo(row.level).rsnaName}`;
      setFailure({ what: `Could not set ${cell} to ${gradeInfo(grade).rsnaName}.`, error: e instanceof Error ? e : new Error(String(e)) });
    } finally {
      setPending(null);
    }
  };
  return { data, adopt, failure, busy: pending !== null || data.status === 'loading' };
}
