import type { Database } from 'better-sqlite3';
import type { LabelSetAgreement, LabelSetRef } from '../../common/contract/quality';
import { join } from 'node:path';
import { LOCATIONS, mostLikelyGrade, type GradeId, type Location } from '../../common/vocabulary';
import { NotFoundError } from '../errors';
import { RSNA_FILES } from '../rsna/rsnaFiles';
import { gradeAgreement } from './gradeAgreement';
import { parseRowId, rowIdOf } from './rsnaMetric';
import { readSolutionCsv } from './readSolutionCsv';

export type { LabelSetAgreement, LabelSetRef };

/**
 * Weighted kappa (and accuracy, confusion) between two grade sets on the cells both grade, by
 * RSNA row id (`<study>_<condition>_<level>`), so a reader's file and the workspace line up by
 * study key: two runs, two readers, the originals against the corrections.
 */
export function labelSetAgreement(db: Database, first: LabelSetRef, second: LabelSetRef): LabelSetAgreement {
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
export function gradesOf(db: Database, ref: LabelSetRef): Map<string, GradeId> {
  if (ref.kind === 'folder') return new Map(readSolutionCsv(join(ref.dir, RSNA_FILES.train)).map((r) => [r.rowId, r.grade]));
  const known = new Map<string, Location>(LOCATIONS.map((l) => [`${l.condition}:${l.level}`, l]));
  const out = new Map<string, GradeId>();
  const put = (studyKey: string, condition: string, level: string, grade: GradeId): void => {
    const location: Location | undefined = known.get(`${condition}:${level}`);
    if (location) out.set(rowIdOf(studyKey, location), grade);
  };
  if (ref.kind === 'run') {
    if (!db.prepare('SELECT 1 FROM model_runs WHERE id = ?').get(ref.runId)) throw new NotFoundError(`no model run ${ref.runId}`);
    const rows = db
      .prepare('SELECT s.study_key, p.condition, p.level, p.p_normal_mild, p.p_moderate, p.p_severe FROM predictions p JOIN studies s ON s.id = p.study_id WHERE p.run_id = ?')
      .raw()
      .all(ref.runId) as [string, string, string, number, number, number][];
    for (const [key, condition, level, n, m, s] of rows) put(key, condition, level, mostLikelyGrade([n, m, s]));
    return out;
  }
  const column = ref.kind === 'imported' ? 'g.imported_grade' : 'g.grade';
  const rows = db
    .prepare(`SELECT s.study_key, g.condition, g.level, ${column} FROM grades g JOIN studies s ON s.id = g.study_id WHERE ${column} IN ('normal_mild', 'moderate', 'severe')`)
    .raw()
    .all() as [string, string, string, GradeId][];
  for (const [key, condition, level, grade] of rows) put(key, condition, level, grade);
  return out;
}

