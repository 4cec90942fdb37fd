import type { Statement } from 'better-sqlite3';
import type { StudyId } from '../../../common/ids';
import type { WorkspaceDb } from '../WorkspaceDb';

/**
 * A study's stamp: its label and image counts from study_stats (kept by triggers; every edit
 * moves last_edit_id). Labelled cells and points come last: ':0:0' means nothing to check.
 */
const STAMP_SQL = `coalesce(st.last_edit_id, 0) || ':' || st.instances || ':' || st.sag_t1 || ':' || st.sag_t2 || ':' || st.ax_t2 || ':' || st.other_series || ':' || st.labelled || ':' || st.points`;

/** A study's current stamp beside the stamp and problem count stored when it was last checked. */
export interface StudyCheckState {
  readonly studyId: StudyId;
  readonly stamp: string;
  /** The stamp the stored count was computed from; null when never checked. */
  readonly checked: string | null;
  readonly problems: number | null;
}

/**
 * The label-check cache (table `label_checks`, migration 002): a problem count per study with
 * the stamp it was computed from. Statements prepared once per LabelCheckIndex: the worklist
 * asks for them on every listing.
 */
export class LabelCheckRepository {
  private readonly all: Statement;
  private readonly one: Statement;
  private readonly save: Statement;

  constructor(db: WorkspaceDb) {
    this.all = db.prepare(
      `SELECT st.study_id AS studyId, ${STAMP_SQL} AS stamp, lc.stamp AS checked, lc.problems FROM study_stats st LEFT JOIN label_checks lc ON lc.study_id = st.study_id`,
    );
    this.one = db.prepare(`SELECT ${STAMP_SQL} FROM study_stats st WHERE st.study_id = ?`).pluck();
    this.save = db.prepare(
      'INSERT INTO label_checks (study_id, stamp, problems) VALUES (?, ?, ?) ON CONFLICT (study_id) DO UPDATE SET stamp = excluded.stamp, problems = excluded.problems',
    );
  }

  /** Every study's current stamp and stored check. */
  listCheckStates(): StudyCheckState[] {
    return this.all.all() as StudyCheckState[];
  }

  /** The study's current stamp, undefined when it has no study_stats row. */
  currentStamp(studyId: number): string | undefined {
    return this.one.get(studyId) as string | undefined;
  }

  saveCheck(studyId: number, stamp: string, problems: number): void {
    this.save.run(studyId, stamp, problems);
  }
}
