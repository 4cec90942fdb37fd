import type { MethodName } from '../common/contract';
import { acceptAi } from '../core/labels/acceptAi';
import { editHistory } from '../core/labels/editHistory';
import { addPoint, deletePoint, movePoint, setGrade } from '../core/labels/editLabels';
import { getStudyLabels } from '../core/labels/getStudyLabels';
import { recordAction } from '../core/labels/recordAction';
import { shiftLevels } from '../core/labels/shiftLevels';
import { redoLast, undoLast } from '../core/labels/undoStack';
import { setReviewStatus } from '../core/reviews/setReviewStatus';
import { ConflictError, NotFoundError } from '../core/errors';
import { commitFirstRead, studiesShowingAi } from '../core/reviews/firstRead';
import type { CoreServices } from './CoreServices';
import type { Handlers } from './createHandlers';

type LabelMethod = Extract<MethodName, `label:${string}` | `review:${string}`>;

/**
 * Correction and review: every action is saved at once, audited under the reader of the
 * settings, put on that reader's undo stack, and answered with the study's labels as they now
 * are, so the UI never shows a value the store does not hold.
 */
export function labelHandlers(services: CoreServices): Pick<Handlers, LabelMethod> {
  const { db, settings, checks } = services;
  const reader = (): string => settings.get().reader;
  const labels = (studyId: number) => getStudyLabels(db, studyId, reader(), checks, settings.get().blindedFirstRead);
  const studyOfPoint = (pointId: number): number => {
    const studyId = db.prepare('SELECT study_id FROM points WHERE id = ?').pluck().get(pointId) as number | undefined;
    if (studyId === undefined) throw new NotFoundError(`point ${pointId} not found`);
    return studyId;
  };
  return {
    'label:get': ({ studyId }) => labels(studyId),
    'label:setGrade': ({ studyId, condition, level, grade }) => {
      recordAction(db, studyId, reader(), 'reader', (meta) => setGrade(db, studyId, condition, level, grade, meta));
      return labels(studyId);
    },
    'label:movePoint': ({ pointId, ...to }) => {
      const studyId = studyOfPoint(pointId);
      recordAction(db, studyId, reader(), 'reader', (meta) => movePoint(db, pointId, to, meta));
      return labels(studyId);
    },
    'label:addPoint': ({ studyId, condition, level, ...value }) => {
      recordAction(db, studyId, reader(), 'reader', (meta) => addPoint(db, studyId, condition, level, value, meta));
      return labels(studyId);
    },
    'label:deletePoint': ({ pointId }) => {
      const studyId = studyOfPoint(pointId);
      recordAction(db, studyId, reader(), 'reader', (meta) => deletePoint(db, pointId, meta));
      return labels(studyId);
    },
    'label:acceptAi': ({ studyId, condition, level }) => {
      // The renderer shows no Accept AI while blinded; this refuses it whatever the caller.
      const showsAi = studiesShowingAi(db, settings.get());
      if (showsAi && !showsAi(studyId)) throw new ConflictError('blinded first read: commit your grades (Commit first read) before accepting the AI');
      recordAction(db, studyId, reader(), 'ai', (meta) => acceptAi(db, studyId, condition, level, meta));
      return labels(studyId);
    },
    'label:shiftLevels': ({ studyId, seriesId, delta }) => {
      recordAction(db, studyId, reader(), 'reader', (meta) => shiftLevels(db, studyId, seriesId, delta, meta));
      return labels(studyId);
    },
    'label:undo': ({ studyId }) => {
      undoLast(db, studyId, reader());
      return labels(studyId);
    },
    'label:redo': ({ studyId }) => {
      redoLast(db, studyId, reader());
      return labels(studyId);
    },
    'label:history': ({ studyId, condition, level, limit }) => editHistory(db, studyId, { condition, level, limit }),
    'review:set': ({ studyId, status }) => {
      setReviewStatus(db, studyId, status, reader());
      return labels(studyId);
    },
    'review:commitFirstRead': ({ studyId }) => {
      // A first read taken with the AI on screen would count as blind in the automation-bias figures.
      if (!settings.get().blindedFirstRead) throw new ConflictError('blinded first read is off (Settings): there is no hidden AI to commit before');
      commitFirstRead(db, studyId, reader());
      return labels(studyId);
    },
  };
}
