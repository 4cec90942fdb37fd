import type { FirstReadSummary, Settings } from '../../common/contract';
import { LOCATIONS, mostLikelyGrade, type GradeId } from '../../common/vocabulary';
import { ConflictError, NotFoundError } from '../errors';
import { appendEdit, nextEditGroup } from '../labels/editLabels';
import { readerAcceptedAi } from '../store/labels/editRepository';
import { listGradesOfStudy } from '../store/labels/gradeRepository';
import { findFirstRead, insertFirstRead, listStudiesWithFirstRead } from '../store/reviews/firstReadRepository';
import { findLatestRunOfStudy } from '../store/runs/modelRunRepository';
import { studyPredictionLookup } from '../store/runs/predictionRepository';
import { studyExists } from '../store/studies/studyRepository';
import { writeTransaction } from '../store/transaction';
import type { WorkspaceDb } from '../store/WorkspaceDb';

/**
 * Blinded first read (product.md P2): with the setting on, a reader sees no AI in a study until
 * they commit their grades. The commit keeps, for each of the 25 cells, the reader's grade and
 * the grade of the AI it reveals (tables first_reads, first_read_cells; append-only), so how
 * often readers then move to the AI — automation bias — can be measured (evaluation/automationBias.ts).
 */

/**
 * The one question every handler that sends AI output asks: which studies' AI may this reader
 * see? Null when the blinded first read is off (all of them); else a test that passes the studies
 * the reader has committed a first read of.
 */
export function studiesShowingAi(
  db: WorkspaceDb,
  settings: Pick<Settings, 'reader' | 'blindedFirstRead'>,
): ((studyId: number) => boolean) | null {
  if (!settings.blindedFirstRead) return null;
  const committed = new Set(listStudiesWithFirstRead(db, settings.reader));
  return (studyId) => committed.has(studyId);
}

/** This reader's committed first read of the study, or null. */
export function firstReadOf(db: WorkspaceDb, studyId: number, reader: string): FirstReadSummary | null {
  return findFirstRead(db, studyId, reader) ?? null;
}

/**
 * Commits the reader's current grades of the study as their first read, with the latest AI
 * run's most likely grade per cell (what the reader is about to see). Once per study and reader:
 * a second commit is a ConflictError, because a first read cannot be taken again after the AI
 * was seen. Audited like a status change.
 */
export function commitFirstRead(db: WorkspaceDb, studyId: number, reader: string): FirstReadSummary {
  writeTransaction(db, () => {
    if (!studyExists(db, studyId)) throw new NotFoundError(`study ${studyId} not found`);
    const earlier = firstReadOf(db, studyId, reader);
    if (earlier)
      throw new ConflictError(
        `${reader} already committed a first read of study ${studyId} (${earlier.committedAt}); the AI has been shown since`,
      );
    // Accepting an AI grade means the reader saw the AI: such a read would not be blind.
    if (readerAcceptedAi(db, studyId, reader))
      throw new ConflictError(`${reader} has accepted AI grades in study ${studyId} before: a first read now would not be blind`);
    const runId = findLatestRunOfStudy(db, studyId)?.id ?? null;
    const grades = new Map(listGradesOfStudy(db, studyId).map((g) => [`${g.condition}/${g.level}`, g.grade]));
    const aiGrades = new Map<string, GradeId>();
    if (runId !== null) {
      for (const p of studyPredictionLookup(db)(runId, studyId))
        aiGrades.set(`${p.condition}/${p.level}`, mostLikelyGrade(p.probabilities));
    }
    const at = new Date().toISOString();
    const cells = LOCATIONS.map(({ condition, level }) => {
      const key = `${condition}/${level}`;
      return { condition, level, grade: grades.get(key) ?? null, aiGrade: aiGrades.get(key) ?? null };
    });
    insertFirstRead(db, { studyId, reader, runId, committedAt: at }, cells);
    appendEdit(
      db,
      {
        studyId,
        entity: 'review',
        entityId: null,
        condition: null,
        level: null,
        action: 'commit_first_read',
        before: null,
        after: runId === null ? 'no AI run' : `AI run ${runId} shown`,
      },
      { reader },
      nextEditGroup(db),
      at,
    );
  });
  return firstReadOf(db, studyId, reader) as FirstReadSummary;
}
