import type { LabelProblem } from '../../common/contract';
import { loadLabelCheckInput } from '../store/checks/labelCheckInputRepository';
import { LabelCheckRepository } from '../store/checks/labelCheckRepository';
import { writeTransaction } from '../store/transaction';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { checkStudyLabels } from './checkStudyLabels';

/**
 * Studies checked between two yields to the event loop, so a first check of a large dataset never
 * holds main for long: 7–16 ms a batch here (50 held it up to 42 ms, near issue 2's 50 ms limit).
 */
const BATCH = 20;

/**
 * Sanity-check counts for the worklist, stored per study in `label_checks` with the stamp they
 * were computed from (migration 002). A study is checked again only when its stamp moved, so
 * listing 2,000 studies reads one table and re-checks only what was edited, imported or indexed.
 */
export class LabelCheckIndex {
  private readonly cache: LabelCheckRepository;

  constructor(private readonly db: WorkspaceDb) {
    this.cache = new LabelCheckRepository(db);
  }

  /** Checks one study now (and stores its count). */
  problems(studyId: number): LabelProblem[] {
    const problems = checkStudyLabels(loadLabelCheckInput(this.db, studyId));
    writeTransaction(this.db, () => {
      const stamp = this.cache.currentStamp(studyId);
      if (stamp !== undefined) this.cache.saveCheck(studyId, stamp, problems.length);
    });
    return problems;
  }

  /** Problem counts of every study, checking the stale ones first, in batches. */
  async allCounts(): Promise<ReadonlyMap<number, number>> {
    const rows = this.cache.listCheckStates();
    const counts = new Map<number, number>();
    const stale: number[] = [];
    for (const r of rows) {
      if (r.checked === r.stamp && r.problems !== null) counts.set(r.studyId, r.problems);
      else stale.push(r.studyId);
    }
    for (let i = 0; i < stale.length; i += BATCH) {
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      writeTransaction(this.db, () => {
        for (const id of stale.slice(i, i + BATCH)) {
          // A study may have changed while we yielded: its current stamp is what we check against.
          const current = this.cache.currentStamp(id);
          if (current === undefined) continue;
          const problems = current.endsWith(':0:0') ? 0 : checkStudyLabels(loadLabelCheckInput(this.db, id)).length;
          this.cache.saveCheck(id, current, problems);
          counts.set(id, problems);
        }
      });
    }
    return counts;
  }
}
