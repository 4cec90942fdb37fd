import { describeJpeg2000Decoder } from '../core/dicom/pixels/codecs/nativeOpenJpeg';
import type { Handlers } from '../common/contract';
import { defaultModelsDirectory } from '../core/inference/models/defaultModelsDir';
import { runInference } from '../core/inference/runs/runInference';
import { indexThroughEngine } from '../core/jobs/appJobs';
import { ConflictError } from '../core/errors';
import { studiesShowingAi } from '../core/reviews/firstRead';
import { listIndexProblems } from '../core/store/index/indexProblemRepository';
import { getStudy } from '../core/studies/getStudy';
import { listStudies } from '../core/studies/listStudies';
import type { CoreServices } from './CoreServices';
import { labelHandlers } from './labelHandlers';
import { pixelHandlers } from './pixelHandlers';
import { qualityHandlers } from './qualityHandlers';
import { runHandlers } from './runHandlers';
import { trainingHandlers } from './trainingHandlers';
import { warmFirstSlices } from './warmFirstSlices';

/**
 * The one handler table: Electron main registers it on ipcMain, the end-to-end harness exposes it
 * to Chromium, tests call it directly. Requests arrive here already validated (dispatch.ts). Its
 * type, one handler per declared method, is the contract's: a method declared and not handled
 * here (or in a domain's handler file) fails the typecheck.
 */
export function createHandlers(services: CoreServices): Handlers {
  const { db, jobs, engine, settings, checks } = services;
  const changed = (reason: string): void => services.emit('workspace:changed', { reason });
  return {
    'app:info': () => ({
      version: services.version,
      databasePath: services.databasePath,
      reader: settings.get().reader,
      platform: services.platform,
      jpeg2000Decoder: describeJpeg2000Decoder(),
    }),
    'studies:list': async (query) => {
      const showsAi = studiesShowingAi(db, settings.get());
      if (!showsAi) return listStudies(db, query, await checks.allCounts());
      // Blinded first read: a disagreement count, filter or order would tell the reader what the AI says.
      if (query.disagreement || query.sort?.by === 'disagreements')
        throw new ConflictError('blinded first read: the worklist cannot filter or sort by AI disagreement');
      return listStudies(db, query, await checks.allCounts(), true).map((study) =>
        showsAi(study.id) ? study : { ...study, disagreements: null, disagreementLoss: null },
      );
    },
    'studies:get': ({ studyId }) => {
      const study = getStudy(db, studyId);
      warmFirstSlices(db, services.frames, study);
      const showsAi = studiesShowingAi(db, settings.get());
      // Blinded first read: the AI's grades and boxes do not leave main until the reader commits.
      return showsAi && !showsAi(studyId) ? { ...study, predictions: [], detections: [] } : study;
    },
    'index:start': ({ folder }) => {
      const root = services.folders.resolve(folder, 'index', 'index:start');
      return jobs.start('index', `Index ${root}`, async (context) => {
        const summary = await indexThroughEngine(db, engine, root, context);
        // New images change what the label checks see: check now, not on the next worklist load.
        await checks.allCounts();
        changed('index');
        return summary;
      });
    },
    'index:problems': ({ limit }) => listIndexProblems(db, limit ?? 500),
    'jobs:list': () => jobs.list(),
    'jobs:cancel': ({ jobId }) => jobs.cancel(jobId),
    'dialog:chooseFolder': async ({ purpose }) => {
      // The only way a folder reaches main from the renderer (issue 13): main's own dialog picks it, main grants a handle.
      const chosen = await services.chooseFolder(purpose);
      return chosen === null ? null : services.folders.grant(chosen, purpose);
    },
    'settings:get': () => settings.get(),
    'settings:set': (patch) => settings.set(patch),
    ...pixelHandlers(services),
    ...labelHandlers(services),
    'ai:run': ({ studyIds, strategy, modelIds }) =>
      jobs.start(
        'infer',
        studyIds ? `AI on ${studyIds.length} ${studyIds.length === 1 ? 'study' : 'studies'}` : 'AI on every study',
        async (context) => {
          try {
            return await runInference(
              db,
              engine,
              {
                modelsDir: defaultModelsDirectory(),
                ...(studyIds ? { studyIds } : {}),
                ...(strategy ? { strategy } : {}),
                ...(modelIds ? { modelIds } : {}),
              },
              { signal: context.signal, onProgress: context.progress },
            );
          } finally {
            changed('ai');
          }
        },
      ),
    'ai:diagnostics': () => engine.run('ai-diagnostics', {}),
    ...trainingHandlers(services),
    ...runHandlers(services),
    ...qualityHandlers(services),
  };
}
