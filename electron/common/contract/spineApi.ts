import type { EventName, EventPayloads } from './events';
import type { IpcResult } from './ipcResult';
import type { MethodName, MethodRequest, MethodResponse } from './methods';

type Call<M extends MethodName> = (request: MethodRequest<M>) => Promise<IpcResult<MethodResponse<M>>>;

/**
 * `window.spine`: one method per capability, exposed by the preload (and by the end-to-end
 * harness in place of the preload). The preload's object is checked against this type with
 * `satisfies`, so a method missing or mistyped there fails the typecheck.
 */
export interface SpineApi {
  appInfo: Call<'app:info'>;
  listStudies: Call<'study:list'>;
  getStudy: Call<'study:get'>;
  startIndex: Call<'index:start'>;
  indexProblems: Call<'index:problems'>;
  importLabels: Call<'labels:import'>;
  exportLabels: Call<'labels:export'>;
  listJobs: Call<'job:list'>;
  cancelJob: Call<'job:cancel'>;
  chooseFolder: Call<'dialog:chooseFolder'>;
  getSettings: Call<'settings:get'>;
  setSettings: Call<'settings:set'>;
  getPixels: Call<'pixels:get'>;
  getLabels: Call<'label:get'>;
  setGrade: Call<'label:setGrade'>;
  movePoint: Call<'label:movePoint'>;
  addPoint: Call<'label:addPoint'>;
  deletePoint: Call<'label:deletePoint'>;
  acceptAi: Call<'label:acceptAi'>;
  shiftLevels: Call<'label:shiftLevels'>;
  undo: Call<'label:undo'>;
  redo: Call<'label:redo'>;
  labelHistory: Call<'label:history'>;
  setReview: Call<'review:set'>;
  commitFirstRead: Call<'review:commitFirstRead'>;
  runAi: Call<'ai:run'>;
  aiDiagnostics: Call<'ai:diagnostics'>;
  exportTraining: Call<'training:export'>;
  listModels: Call<'models:list'>;
  importModels: Call<'models:import'>;
  listRuns: Call<'runs:list'>;
  runQuality: Call<'runs:quality'>;
  compareRuns: Call<'runs:compare'>;
  labelAgreement: Call<'labels:agreement'>;
  labelDisagreements: Call<'labels:disagreements'>;
  runBaseline: Call<'runs:baseline'>;
  automationBias: Call<'quality:automationBias'>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

/** Which channel each `window.spine` method calls: the one table the preload and the harness share. */
export const API_CHANNELS = {
  appInfo: 'app:info',
  listStudies: 'study:list',
  getStudy: 'study:get',
  startIndex: 'index:start',
  indexProblems: 'index:problems',
  importLabels: 'labels:import',
  exportLabels: 'labels:export',
  listJobs: 'job:list',
  cancelJob: 'job:cancel',
  chooseFolder: 'dialog:chooseFolder',
  getSettings: 'settings:get',
  setSettings: 'settings:set',
  getPixels: 'pixels:get',
  getLabels: 'label:get',
  setGrade: 'label:setGrade',
  movePoint: 'label:movePoint',
  addPoint: 'label:addPoint',
  deletePoint: 'label:deletePoint',
  acceptAi: 'label:acceptAi',
  shiftLevels: 'label:shiftLevels',
  undo: 'label:undo',
  redo: 'label:redo',
  labelHistory: 'label:history',
  setReview: 'review:set',
  commitFirstRead: 'review:commitFirstRead',
  runAi: 'ai:run',
  aiDiagnostics: 'ai:diagnostics',
  exportTraining: 'training:export',
  listModels: 'models:list',
  importModels: 'models:import',
  listRuns: 'runs:list',
  runQuality: 'runs:quality',
  compareRuns: 'runs:compare',
  labelAgreement: 'labels:agreement',
  labelDisagreements: 'labels:disagreements',
  runBaseline: 'runs:baseline',
  automationBias: 'quality:automationBias',
} as const satisfies Record<Exclude<keyof SpineApi, 'on'>, MethodName>;
