import {
  DISAGREEMENT_LIMIT,
  type LabelSetDisagreement,
  type LabelSetDisagreements,
  type LabelSetSource,
} from '../../common/contract/quality';
import type { StudyId } from '../../common/ids';
import { CONDITION_IDS, gradeInfo, LEVEL_IDS, type ConditionId } from '../../common/vocabulary';
import { studyIdsByKey } from '../store/studies/studyRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { gradesOf } from './labelSetAgreement';
import { parseRowId } from './rsnaMetric';

export type { LabelSetDisagreement, LabelSetDisagreements };

export interface DisagreementOptions {
  /** Only this condition's cells (the counts per condition still cover all five). */
  readonly condition?: ConditionId;
  /** At most this many rows (default DISAGREEMENT_LIMIT.default). */
  readonly limit?: number;
  /** Blinded first read: the workspace studies whose rows may be shown (counts still cover every cell). */
  readonly visibleStudy?: (studyId: number) => boolean;
}

const CONDITION_ORDER = new Map(CONDITION_IDS.map((id, i) => [id, i]));
const LEVEL_ORDER = new Map(LEVEL_IDS.map((id, i) => [id, i]));

/**
 * The cells two grade sets grade differently, for adjudication (product.md P2 "several readers"):
 * the same row ids labelSetAgreement compares, so the rows here are exactly the off-diagonal cells
 * of its confusion matrices. A cell graded in one set only is not a disagreement (agreement counts
 * those as onlyFirst / onlySecond). Widest first, since Normal/Mild against Severe matters most,
 * then by study (numeric-aware: RSNA ids are numbers of different lengths), condition and level in
 * the vocabulary's order, so a reader works through one study at a time.
 */
export function labelSetDisagreements(
  db: WorkspaceDb,
  first: LabelSetSource,
  second: LabelSetSource,
  options: DisagreementOptions = {},
): LabelSetDisagreements {
  const a = gradesOf(db, first);
  const b = gradesOf(db, second);
  // A reader's folder may name studies this workspace has never indexed: those rows get no id.
  const studyIds = studyIdsByKey(db);
  const all: LabelSetDisagreement[] = [];
  for (const [rowId, grade] of a) {
    const other = b.get(rowId);
    if (!other || other === grade) continue;
    const { studyId: studyKey, location } = parseRowId(rowId);
    const distance = Math.abs(gradeInfo(grade).index - gradeInfo(other).index) as 1 | 2;
    all.push({
      rowId,
      studyKey,
      studyId: (studyIds.get(studyKey) as StudyId | undefined) ?? null,
      condition: location.condition,
      level: location.level,
      first: grade,
      second: other,
      distance,
    });
  }
  const byCondition = Object.fromEntries(CONDITION_IDS.map((id) => [id, 0])) as Record<ConditionId, number>;
  for (const row of all) byCondition[row.condition] += 1;
  const wanted = options.condition ? all.filter((r) => r.condition === options.condition) : all;
  const { visibleStudy } = options;
  const shown = visibleStudy ? wanted.filter((r) => r.studyId === null || visibleStudy(r.studyId)) : wanted;
  shown.sort(
    (x, y) =>
      y.distance - x.distance ||
      x.studyKey.localeCompare(y.studyKey, 'en', { numeric: true }) ||
      (x.studyKey < y.studyKey ? -1 : x.studyKey > y.studyKey ? 1 : 0) ||
      (CONDITION_ORDER.get(x.condition) ?? 0) - (CONDITION_ORDER.get(y.condition) ?? 0) ||
      (LEVEL_ORDER.get(x.level) ?? 0) - (LEVEL_ORDER.get(y.level) ?? 0),
  );
  const limit = options.limit ?? DISAGREEMENT_LIMIT.default;
  return {
    rows: shown.slice(0, limit),
    total: wanted.length,
    truncated: shown.length > limit,
    byCondition,
    hiddenByBlindedRead: wanted.length - shown.length,
  };
}
