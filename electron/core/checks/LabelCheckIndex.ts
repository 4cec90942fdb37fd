import type { Database } from 'better-sqlite3';
import type { LabelProblem } from '../../common/contract';
import { checkStudyLabels } from './checkStudyLabels';
import { loadLabelCheckInput } from './loadLabelCheckInput';

/** Studies checked between two yields to the event loop, so a first check of a large dataset never holds main for long. */
const BATCH = 50;

/**
 * Sanity-check counts for the worklist, kept per study beside a stamp of the study's label and
 * image counts (study_stats, kept by triggers; any edit moves last_edit_id). A study is checked
 * again only when its stamp changed, so listing 2,000 studies re-checks only what was edited,
 * imported or indexed since the last listing.
 */
export class LabelCheckIndex {
  private readonly counts = new Map<number, { stamp: string; problems: number }>();

  constructor(private readonly db: Database) {}

  /** Checks one study now (and refreshes its count). */
  problems(studyId: number): LabelProblem[] {
    const problems = checkStudyLabels(loadLabelCheckInput(this.db, studyId));
    const stamp = this.stamps(studyId).get(studyId);
    if (stamp !== undefined) this.counts.set(studyId, { stamp, problems: problems.length });
    return problems;
  }

  /** Problem counts of every study, checking the stale ones in batches. */
  async allCounts(): Promise<ReadonlyMap<number, number>> {
    const stale: number[] = [];
    for (const [studyId, stamp] of this.stamps()) {
      if (this.counts.get(studyId)?.stamp !== stamp) stale.push(studyId);
    }
    for (let i = 0; i < stale.length; i += BATCH) {
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      const stamps = this.stamps();
      for (const studyId of stale.slice(i, i + BATCH)) {
        const stamp = stamps.get(studyId);
        if (stamp === undefined) continue;
        const empty = stamp.endsWith(':0:0');
        const problems = empty ? 0 : checkStudyLabels(loadLabelCheckInput(this.db, studyId)).length;
        this.counts.set(studyId, { stamp, problems });
      }
    }
    return new Map([...this.counts].map(([id, entry]) => [id, entry.problems]));
  }

  /** Every study's stamp, or one study's. */
  private stamps(studyId: number | null = null): Map<number, string> {
    const rows = this.db
      .prepare(
        `SELECT study_id, last_edit_id, instances, sag_t1, sag_t2, ax_t2, other_series, labelled, points FROM study_stats
         WHERE @studyId IS NULL OR study_id = @studyId`,
      )
      .raw()
      .all({ studyId }) as (number | null)[][];
    // Labelled cells and points come last: a study with neither has nothing to check.
    return new Map(rows.map(([id, ...rest]) => [id as number, rest.map((v) => String(v)).join(':')]));
  }
}
