import type { Database, Statement } from 'better-sqlite3';
import type { LabelProblem } from '../../common/contract';
import { checkStudyLabels } from './checkStudyLabels';
import { loadLabelCheckInput } from './loadLabelCheckInput';

/**
 * Studies checked between two yields to the event loop, so a first check of a large dataset never
 * holds main for long: 7–16 ms a batch here (50 held it up to 42 ms, near issue 2's 50 ms limit).
 */
const BATCH = 20;

/**
 * A study's stamp: its label and image counts from study_stats (kept by triggers; every edit
 * moves last_edit_id). Labelled cells and points come last: ':0:0' means nothing to check.
 */
const STAMP_SQL = `coalesce(st.last_edit_id, 0) || ':' || st.instances || ':' || st.sag_t1 || ':' || st.sag_t2 || ':' || st.ax_t2 || ':' || st.other_series || ':' || st.labelled || ':' || st.points`;

/**
 * Sanity-check counts for the worklist, stored per study in `label_checks` with the stamp they
 * were computed from (migration 002). A study is checked again only when its stamp moved, so
 * listing 2,000 studies reads one table and re-checks only what was edited, imported or indexed.
 */
export class LabelCheckIndex {
  private readonly all: Statement;
  private readonly one: Statement;
  private readonly save: Statement;

  constructor(private readonly db: Database) {
    this.all = db.prepare(`SELECT st.study_id, ${STAMP_SQL} AS stamp, lc.stamp AS checked, lc.problems FROM study_stats st LEFT JOIN label_checks lc ON lc.study_id = st.study_id`);
    this.one = db.prepare(`SELECT ${STAMP_SQL} FROM study_stats st WHERE st.study_id = ?`).pluck();
    this.save = db.prepare('INSERT INTO label_checks (study_id, stamp, problems) VALUES (?, ?, ?) ON CONFLICT (study_id) DO UPDATE SET stamp = excluded.stamp, problems = excluded.problems');
  }

  /** Checks one study now (and stores its count). */
  problems(studyId: number): LabelProblem[] {
    const problems = checkStudyLabels(loadLabelCheckInput(this.db, studyId));
    const stamp = this.one.get(studyId) as string | undefined;
    if (stamp !== undefined) this.save.run(studyId, stamp, problems.length);
    return problems;
  }

  /** Problem counts of every study, checking the stale ones first, in batches. */
  async allCounts(): Promise<ReadonlyMap<number, number>> {
    const rows = this.all.all() as { study_id: number; stamp: string; checked: string | null; problems: number | null }[];
    const counts = new Map<number, number>();
    const stale: number[] = [];
    for (const r of rows) {
      if (r.checked === r.stamp && r.problems !== null) counts.set(r.study_id, r.problems);
      else stale.push(r.study_id);
    }
    for (let i = 0; i < stale.length; i += BATCH) {
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      this.db.transaction(() => {
        for (const id of stale.slice(i, i + BATCH)) {
          // A study may have changed while we yielded: its current stamp is what we check against.
          const current = this.one.get(id) as string | undefined;
          if (current === undefined) continue;
          const problems = current.endsWith(':0:0') ? 0 : checkStudyLabels(loadLabelCheckInput(this.db, id)).length;
          this.save.run(id, current, problems);
          counts.set(id, problems);
        }
      })();
    }
    return counts;
  }
}
