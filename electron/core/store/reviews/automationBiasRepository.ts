import type { AutomationBiasCounts } from '../../../common/contract/quality';
import { GRADE_IDS } from '../../../common/vocabulary';
import type { WorkspaceDb } from '../WorkspaceDb';

/** The counts of automation bias alone: the rates are derived from them. */
export type AutomationBiasTallies = Omit<AutomationBiasCounts, 'towardAiRate' | 'awayFromAiRate'>;

/**
 * Per reader, their blinded first reads compared cell by cell with the AI grade revealed at the
 * commit (first_read_cells.ai_grade) and the cell's CURRENT label (grades.grade); see
 * evaluation/automationBias.ts for what each count means.
 */
export function automationBiasTalliesByReader(db: WorkspaceDb): (AutomationBiasTallies & { reader: string })[] {
  const grades = GRADE_IDS.map(() => '?').join(', ');
  // One row per reader. LEFT JOIN of the cells (filtered in ON): a first read whose study had no
  // AI run still counts as a first read, with no cell compared. `IS` / `IS NOT` are SQLite's
  // null-safe comparisons, so a cleared current label compares as different from any grade.
  return db
    .prepare(
      `WITH compared AS (
         SELECT f.reader, f.id AS first_read_id, c.grade AS first, c.ai_grade AS ai, g.grade AS final
         FROM first_reads f
         LEFT JOIN first_read_cells c ON c.first_read_id = f.id AND c.grade IN (${grades}) AND c.ai_grade IN (${grades})
         LEFT JOIN grades g ON g.study_id = f.study_id AND g.condition = c.condition AND g.level = c.level
       )
       SELECT reader,
              count(DISTINCT first_read_id) AS firstReads,
              count(first) AS cells,
              coalesce(sum(first = ai), 0) AS firstAgreesWithAi,
              coalesce(sum(CASE WHEN first IS NULL THEN 0 ELSE final IS ai END), 0) AS finalAgreesWithAi,
              coalesce(sum(CASE WHEN first IS NULL THEN 0 ELSE final IS NOT first END), 0) AS changedAfterReveal,
              coalesce(sum(first <> ai AND final IS ai), 0) AS changedTowardAi,
              coalesce(sum(first = ai AND final IS NOT ai), 0) AS changedAwayFromAi
       FROM compared GROUP BY reader ORDER BY reader`,
    )
    .all(...GRADE_IDS, ...GRADE_IDS) as (AutomationBiasTallies & { reader: string })[];
}
