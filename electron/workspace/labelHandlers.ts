import type { DomainHandlers } from '../common/contract';
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
import { findStudyOfPoint } from '../core/store/labels/pointRepository';
import type { CoreServices } from './CoreServices';

/**
 * Correction and review: every action is saved at once, audited under the reader of the
 * settings, put on that reader's undo stack, and answered with the study's labels as they now
 * are, so the UI never shows a value the store does not hold. Importing and exporting the RSNA
 * CSVs are engine jobs.
 */
export function labelHandlers(services: CoreServices): DomainHandlers<'labels' | 'reviews'> {
  const { db, jobs, engine, settings, checks } = services;
  const changed = (reason: string): void => services.emit('workspace:changed', { reason });
  const reader = (): string => settings.get().reader;
  const labels = (studyId: number) => getStudyLabels(db, studyId, reader(), checks, settings.get().blindedFirstRead);
  const studyOfPoint = (pointId: number): number => {
    const studyId = findStudyOfPoint(db, pointId);
    if (studyId === undefined) throw new NotFoundError(`point ${pointId} not found`);
    return studyId;
  };
  return {
    'labels:get': ({ studyId }) => labels(studyId),
    'labels:setGrade': ({ studyId, condition, level, grade }) => {
      recordAction(db, studyId, reader(), 'reader', (meta) => setGrade(db, studyId, condition, level, grade, meta));
      return labels(studyId);
    },
    'labels:movePoint': ({ pointId, ...to }) => {
      const studyId = studyOfPoint(pointId);
      recordAction(db, studyId, reader(), 'reader', (meta) => movePoint(db, pointId, to, meta));
      return labels(studyId);
    },
    'labels:addPoint': ({ studyId, condition, level, ...value }) => {
      recordAction(db, studyId, reader(), 'reader', (meta) => addPoint(db, studyId, condition, level, value, meta));
      return labels(studyId);
    },
    'labels:deletePoint': ({ pointId }) => {
      const studyId = studyOfPoint(pointId);
      recordAction(db, studyId, reader(), 'reader', (meta) => deletePoint(db, pointId, meta));
      return labels(studyId);
    },
    'labels:acceptAi': ({ studyId, condition, level }) => {
      // The renderer shows no Accept AI while blinded; this refuses it whatever the caller.
      const showsAi = studiesShowingAi(db, settings.get());
      if (showsAi && !showsAi(studyId))
        throw new ConflictError('blinded first read: commit your grades (Commit first read) before accepting the AI');
      recordAction(db, studyId, reader(), 'ai', (meta) => acceptAi(db, studyId, condition, level, meta));
      return labels(studyId);
    },
    'labels:shiftLevels': ({ studyId, seriesId, delta }) => {
      recordAction(db, studyId, reader(), 'reader', (meta) => shiftLevels(db, studyId, seriesId, delta, meta));
      return labels(studyId);
    },
    'labels:undo': ({ studyId }) => {
      undoLast(db, studyId, reader());
      return labels(studyId);
    },
    'labels:redo': ({ studyId }) => {
      redoLast(db, studyId, reader());
      return labels(studyId);
    },
    'labels:history': ({ studyId, condition, level, limit }) => editHistory(db, studyId, { condition, level, limit }),
    'labels:import': ({ folder }) => {
      const dir = services.folders.resolve(folder, 'import', 'labels:import');
      return jobs.start('import-rsna', `Import labels from ${dir}`, async (context) => {
        const result = await engine.run(
          'import-rsna',
          { databasePath: services.databasePath, dir, reader: settings.get().reader },
          {
            signal: context.signal,
            onProgress: context.progress,
          },
        );
        await checks.allCounts();
        changed('import');
        return result;
      });
    },
    'labels:export': ({ folder, variant }) => {
      const dir = services.folders.resolve(folder, 'export', 'labels:export');
      return jobs.start('export-rsna', `Export labels to ${dir}`, (context) =>
        engine.run(
          'export-rsna',
          { databasePath: services.databasePath, dir, variant },
          { signal: context.signal, onProgress: context.progress },
        ),
      );
    },
    'reviews:set': ({ studyId, status }) => {
      setReviewStatus(db, studyId, status, reader());
      return labels(studyId);
    },
    'reviews:commitFirstRead': ({ studyId }) => {
      // A first read taken with the AI on screen would count as blind in the automation-bias figures.
      if (!settings.get().blindedFirstRead)
        throw new ConflictError('blinded first read is off (Settings): there is no hidden AI to commit before');
      commitFirstRead(db, studyId, reader());
      return labels(studyId);
    },
  };
}
