import type { ComparedCell, RunAnswer, RunComparison } from '../../common/contract/quality';
import { asRunId } from '../../common/ids';
import { isConditionId, isLevelId, LOCATIONS, mostLikelyGrade, type GradeProbabilities } from '../../common/vocabulary';
import { NotFoundError } from '../errors';
import { modelRunExists } from '../store/runs/modelRunRepository';
import { listComparedPredictions } from '../store/runs/predictionRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { labelSetAgreement } from './labelSetAgreement';

export type { ComparedCell, RunAnswer, RunComparison };

export interface CompareOptions {
  readonly studyIds?: readonly number[];
  readonly onlyDifferent?: boolean;
  readonly limit?: number;
  /** Blinded first read: the studies whose rows may be shown (the figures still cover every study). */
  readonly visibleStudy?: (studyId: number) => boolean;
}

const ORDER = new Map(LOCATIONS.map((l, i) => [`${l.condition}:${l.level}`, i]));

/**
 * Two runs side by side, cell by cell (issue 7, "compare two runs side by side, differences
 * highlighted"): each run's probabilities and most likely grade, the current label, and whether
 * the grades differ; rows in study then train.csv column order.
 */
export function compareRuns(db: WorkspaceDb, firstRunId: number, secondRunId: number, options: CompareOptions = {}): RunComparison {
  for (const id of [firstRunId, secondRunId]) {
    if (!modelRunExists(db, id)) throw new NotFoundError(`no model run ${id}`);
  }
  const rows = listComparedPredictions(db, firstRunId, secondRunId, options.studyIds);
  const cells = new Map<
    string,
    { base: Omit<ComparedCell, 'first' | 'second' | 'differs' | 'maxAbsDifference'>; first: RunAnswer | null; second: RunAnswer | null }
  >();
  for (const r of rows) {
    if (!isConditionId(r.condition) || !isLevelId(r.level)) continue;
    const key = `${r.studyId}:${r.condition}:${r.level}`;
    const label = r.grade === 'normal_mild' || r.grade === 'moderate' || r.grade === 'severe' ? r.grade : null;
    const cell = cells.get(key) ?? {
      base: { studyId: r.studyId, studyKey: r.studyKey, condition: r.condition, level: r.level, label },
      first: null,
      second: null,
    };
    const probabilities: GradeProbabilities = r.probabilities;
    const answer: RunAnswer = { probabilities, grade: mostLikelyGrade(probabilities), source: r.source };
    if (r.runId === firstRunId) cell.first = answer;
    if (r.runId === secondRunId) cell.second = answer;
    cells.set(key, cell);
  }
  const compared: ComparedCell[] = [...cells.values()].map(({ base, first, second }) => {
    const maxAbsDifference =
      first && second ? Math.max(...first.probabilities.map((p, i) => Math.abs(p - (second.probabilities[i] as number)))) : null;
    return { ...base, first, second, differs: !first || !second || first.grade !== second.grade, maxAbsDifference };
  });
  compared.sort(
    (a, b) =>
      a.studyKey.localeCompare(b.studyKey) ||
      a.studyId - b.studyId ||
      (ORDER.get(`${a.condition}:${a.level}`) ?? 0) - (ORDER.get(`${b.condition}:${b.level}`) ?? 0),
  );
  const differences = compared.flatMap((c) => (c.maxAbsDifference === null ? [] : [c.maxAbsDifference]));
  const wanted = options.onlyDifferent ? compared.filter((c) => c.differs) : compared;
  const { visibleStudy } = options;
  const shown = visibleStudy ? wanted.filter((c) => visibleStudy(c.studyId)) : wanted;
  const limit = options.limit ?? Infinity;
  return {
    firstRunId: asRunId(firstRunId),
    secondRunId: asRunId(secondRunId),
    cells: compared.length,
    differing: compared.filter((c) => c.differs).length,
    meanAbsDifference: differences.length === 0 ? null : differences.reduce((a, b) => a + b, 0) / differences.length,
    agreement: labelSetAgreement(db, { kind: 'run', runId: asRunId(firstRunId) }, { kind: 'run', runId: asRunId(secondRunId) }),
    rows: shown.slice(0, limit),
    truncated: shown.length > limit,
    hiddenByBlindedRead: wanted.length - shown.length,
  };
}
