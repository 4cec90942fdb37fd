import { z } from 'zod';
import { AiRunRequest, type AiDiagnostics } from './ai';
import { RunBaselineRequest, type RunBaseline } from './baseline';
import { FOLDER_PURPOSES } from './folders';
import type { JobInfo } from './jobs';
import { QualityRequests, type AutomationBiasReport, type LabelSetAgreement, type LabelSetDisagreements, type RunComparison, type RunQuality, type RunSummary } from './quality';
import { type Settings, SettingsPatch } from './settings';
import { LabelRequests, type EditEntry, type StudyLabels } from './labels';
import { PixelsRequest, type FramePixels } from './pixels';
import { StudyListQuery, StudyRef, type StudyDetail, type StudySummary } from './studies';
import { TrainingRequests, type ModelFolder } from './training';

export interface AppInfo {
  readonly version: string;
  readonly databasePath: string;
  readonly reader: string;
  readonly platform: string;
  /** Which JPEG 2000 decoder the app uses: native OpenJPEG and its version, or WASM and why. */
  readonly jpeg2000Decoder: string;
}

export interface IndexProblem {
  readonly filePath: string;
  readonly reason: string;
  readonly seenAt: string;
}

const Empty = z.object({}).strict();
const FolderPath = z.string().min(1).max(4096);

/**
 * The IPC contract: every method's channel (`domain:verb`), its request schema (validated in
 * main before any handler runs) and, in MethodResponses, its response type.
 */
export const METHODS = {
  'app:info': Empty,
  'study:list': StudyListQuery,
  'study:get': StudyRef,
  'index:start': z.object({ root: FolderPath }).strict(),
  'index:problems': z.object({ limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  'labels:import': z.object({ dir: FolderPath }).strict(),
  'labels:export': z.object({ dir: FolderPath, variant: z.enum(['corrected', 'original']) }).strict(),
  'job:list': Empty,
  'job:cancel': z.object({ jobId: z.string().min(1).max(100) }).strict(),
  'dialog:chooseFolder': z.object({ purpose: z.enum(FOLDER_PURPOSES) }).strict(),
  'settings:get': Empty,
  'settings:set': SettingsPatch,
  'pixels:get': PixelsRequest,
  'label:get': LabelRequests.get,
  'label:setGrade': LabelRequests.setGrade,
  'label:movePoint': LabelRequests.movePoint,
  'label:addPoint': LabelRequests.addPoint,
  'label:deletePoint': LabelRequests.deletePoint,
  'label:acceptAi': LabelRequests.acceptAi,
  'label:shiftLevels': LabelRequests.shiftLevels,
  'label:undo': LabelRequests.undo,
  'label:redo': LabelRequests.undo,
  'label:history': LabelRequests.history,
  'review:set': LabelRequests.setReview,
  'review:commitFirstRead': LabelRequests.commitFirstRead,
  'ai:run': AiRunRequest,
  'ai:diagnostics': Empty,
  'training:export': TrainingRequests.export,
  'models:list': TrainingRequests.models,
  'models:import': TrainingRequests.importModels,
  'runs:list': QualityRequests.runs,
  'runs:quality': QualityRequests.quality,
  'runs:compare': QualityRequests.compare,
  'labels:agreement': QualityRequests.agreement,
  'labels:disagreements': QualityRequests.disagreements,
  'runs:baseline': RunBaselineRequest,
  'quality:automationBias': Empty,
} as const satisfies Record<string, z.ZodType>;

export interface MethodResponses {
  'app:info': AppInfo;
  'study:list': StudySummary[];
  'study:get': StudyDetail;
  'index:start': JobInfo;
  'index:problems': IndexProblem[];
  'labels:import': JobInfo;
  'labels:export': JobInfo;
  'job:list': JobInfo[];
  'job:cancel': boolean;
  'dialog:chooseFolder': string | null;
  'settings:get': Settings;
  'settings:set': Settings;
  'pixels:get': FramePixels;
  'label:get': StudyLabels;
  'label:setGrade': StudyLabels;
  'label:movePoint': StudyLabels;
  'label:addPoint': StudyLabels;
  'label:deletePoint': StudyLabels;
  'label:acceptAi': StudyLabels;
  'label:shiftLevels': StudyLabels;
  'label:undo': StudyLabels;
  'label:redo': StudyLabels;
  'label:history': EditEntry[];
  'review:set': StudyLabels;
  'review:commitFirstRead': StudyLabels;
  'ai:run': JobInfo;
  'ai:diagnostics': AiDiagnostics;
  'training:export': JobInfo;
  'models:list': ModelFolder;
  'models:import': JobInfo;
  'runs:list': RunSummary[];
  'runs:quality': RunQuality;
  'runs:compare': RunComparison;
  'labels:agreement': LabelSetAgreement;
  'labels:disagreements': LabelSetDisagreements;
  'runs:baseline': RunBaseline;
  'quality:automationBias': AutomationBiasReport;
}

export type MethodName = keyof typeof METHODS;
export type MethodRequest<M extends MethodName> = z.input<(typeof METHODS)[M]>;
export type MethodParsedRequest<M extends MethodName> = z.output<(typeof METHODS)[M]>;
export type MethodResponse<M extends MethodName> = MethodResponses[M];

export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(METHODS, value);
}
