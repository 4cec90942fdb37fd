import type { GradeCell, LabelProblem, PointInfo, PredictionCell } from '../../../electron/common/contract';
import { mostLikelyGrade, type GradeId, type Location } from '../../../electron/common/vocabulary';

/** One grid cell's facts, gathered once per labels change. */
export interface CellSummary {
  readonly grade: GradeId | null;
  readonly importedGrade: GradeId | null;
  readonly edited: boolean;
  readonly point: PointInfo | null;
  readonly ai: PredictionCell | null;
  readonly aiGrade: GradeId | null;
  /** The label and the AI's most likely grade differ (the worklist's disagreement). */
  readonly disagrees: boolean;
  readonly problems: readonly LabelProblem[];
}

export function summariseCell(
  cell: Location,
  grades: readonly GradeCell[],
  points: readonly PointInfo[],
  predictions: readonly PredictionCell[],
  problems: readonly LabelProblem[],
): CellSummary {
  const same = (x: Location) => x.condition === cell.condition && x.level === cell.level;
  const g = grades.find(same);
  const ai = predictions.find(same) ?? null;
  const aiGrade = ai ? mostLikelyGrade(ai.probabilities) : null;
  const grade = g?.grade ?? null;
  return {
    grade,
    importedGrade: g?.importedGrade ?? null,
    edited: g !== undefined && g.source !== 'import' && g.grade !== g.importedGrade,
    point: points.find(same) ?? null,
    ai,
    aiGrade,
    disagrees: grade !== null && aiGrade !== null && grade !== aiGrade,
    problems: problems.filter((p) => p.condition === cell.condition && p.level === cell.level),
  };
}
