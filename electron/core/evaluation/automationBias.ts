import type { AutomationBiasCounts, AutomationBiasReport, AutomationBiasRow } from '../../common/contract/quality';
import { automationBiasTalliesByReader, type AutomationBiasTallies } from '../store/reviews/automationBiasRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';

export type { AutomationBiasCounts, AutomationBiasReport, AutomationBiasRow };

/** The counts alone: the rates are derived from them. */
type Counts = AutomationBiasTallies;

/**
 * Automation bias over blinded first reads (product.md P2, "Blinded first read": the AI is hidden
 * until the reader commits a grade, and both are kept so automation bias can be measured).
 *
 * Automation bias is the tendency to over-rely on a decision aid: to take its advice in place of
 * one's own judgement. Where a decision is recorded before and after the advice is seen, it is
 * measured as how often the independent decision is switched to the aid's (Goddard, Roudsari,
 * Wyatt, "Automation bias: a systematic review of frequency, effect mediators, and mitigators",
 * JAMIA 2012;19(1):121–127).
 *
 * Here the independent decision is the reader's grade kept at the commit (first_read_cells.grade),
 * the advice is the AI's most likely grade revealed by that commit (first_read_cells.ai_grade), and
 * the final decision is the cell's CURRENT label (grades.grade). Only cells where both the first
 * grade and the AI grade exist are compared; a current label that was cleared (NULL) counts as
 * changed and as not agreeing with the AI. Per cell:
 * - changed toward the AI: first ≠ AI and current = AI;
 * - changed away from the AI: first = AI and current ≠ AI;
 * - a change from one disagreeing grade to another disagreeing one is "changed" but neither.
 * The toward-AI rate divides by the cells where the first read disagreed with the AI (only those
 * can move toward it), the away rate by the cells where it agreed; null when that is zero.
 *
 * The current label belongs to the study, not to the reader: when two readers work on one study,
 * a change by the second counts against the first one's first read too. The AI grade is the one
 * shown at the commit, copied there, so a later run or a deleted run changes nothing here.
 */
export function automationBias(db: WorkspaceDb): AutomationBiasReport {
  const rows = automationBiasTalliesByReader(db);
  const readers = rows.map((r) => ({ ...r, ...rates(r) }));
  const sum = (key: keyof Counts): number => rows.reduce((total, r) => total + r[key], 0);
  const overall: Counts = {
    firstReads: sum('firstReads'),
    cells: sum('cells'),
    firstAgreesWithAi: sum('firstAgreesWithAi'),
    finalAgreesWithAi: sum('finalAgreesWithAi'),
    changedAfterReveal: sum('changedAfterReveal'),
    changedTowardAi: sum('changedTowardAi'),
    changedAwayFromAi: sum('changedAwayFromAi'),
  };
  return { readers, overall: { ...overall, ...rates(overall) } };
}

function rates(c: Counts): Pick<AutomationBiasCounts, 'towardAiRate' | 'awayFromAiRate'> {
  const disagreed = c.cells - c.firstAgreesWithAi;
  return {
    towardAiRate: disagreed === 0 ? null : c.changedTowardAi / disagreed,
    awayFromAiRate: c.firstAgreesWithAi === 0 ? null : c.changedAwayFromAi / c.firstAgreesWithAi,
  };
}
