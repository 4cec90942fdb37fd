import type { LabelSetAgreement, LabelSetRef, LabelSetSource } from '../../common/contract/quality';
import { join } from 'node:path';
import { LOCATIONS, mostLikelyGrade, type GradeId, type Location } from '../../common/vocabulary';
import { NotFoundError } from '../errors';
import { RSNA_FILES } from '../rsna/rsnaFiles';
import { listKeyedGrades } from '../store/labels/gradeRepository';
import { modelRunExists } from '../store/runs/modelRunRepository';
import { listRunPredictions } from '../store/runs/predictionRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { gradeAgreement } from './gradeAgreement';
import { parseRowId, rowIdOf } from './rsnaMetric';
import { readSolutionCsv } from './readSolutionCsv';

export type { LabelSetAgreement, LabelSetRef, LabelSetSource };

/** The agreement with the two grade sets as they were named (a folder by path here; main answers with the renderer's handles). */
export type LabelSetAgreementOf<S> = Omit<LabelSetAgreement, 'first' | 'second'> & { readonly first: S; readonly second: S };

/**
 * Weighted kappa (and accuracy, confusion) between two grade sets on the cells both grade, by
 * RSNA row id (`<study>_<condition>_<level>`), so a reader's file and the workspace line up by
 * study key: two runs, two readers, the originals against the corrections.
 */
export function labelSetAgreement<S extends LabelSetSource>(db: WorkspaceDb, first: S, second: S): LabelSetAgreementOf<S> {
  const a = gradesOf(db, first);
  const b = gradesOf(db, second);
  const pairs = [...a].flatMap(([rowId, grade]) => {
    const other = b.get(rowId);
    return other ? [{ condition: parseRowId(rowId).location.condition, first: grade, second: other }] : [];
  });
  const shared = pairs.length;
  return { first, second, ...gradeAgreement(pairs), onlyFirst: a.size - shared, onlySecond: b.size - shared };
}

/** A grade set as row id → grade. */
export function gradesOf(db: WorkspaceDb, ref: LabelSetSource): Map<string, GradeId> {
  if (ref.kind === 'folder') return new Map(readSolutionCsv(join(ref.dir, RSNA_FILES.train)).map((r) => [r.rowId, r.grade]));
  const known = new Map<string, Location>(LOCATIONS.map((l) => [`${l.condition}:${l.level}`, l]));
  const out = new Map<string, GradeId>();
  const put = (studyKey: string, condition: string, level: string, grade: GradeId): void => {
    const location: Location | undefined = known.get(`${condition}:${level}`);
    if (location) out.set(rowIdOf(studyKey, location), grade);
  };
  if (ref.kind === 'run') {
    if (!modelRunExists(db, ref.runId)) throw new NotFoundError(`no model run ${ref.runId}`);
    for (const p of listRunPredictions(db, ref.runId)) put(p.studyKey, p.condition, p.level, mostLikelyGrade(p.probabilities));
    return out;
  }
  for (const g of listKeyedGrades(db, ref.kind)) put(g.studyKey, g.condition, g.level, g.grade);
  return out;
}
