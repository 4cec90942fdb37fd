import type { EngineHost } from '../../engine/EngineHost';
import type { ModelRunInfo } from '../models/openModelSet';
import { readModelManifest } from '../models/readModelManifest';
import { selectModels } from '../models/selectModels';
import { SEED_DETECTOR_SETTINGS } from '../detect/detectorSettings';
import type { PriorTable } from '../pipeline/classPriors';
import { DEFAULT_INFERENCE_OPTIONS, type InferenceOptions, type Strategy } from '../pipeline/inferenceOptions';
import { targetingForDetectors } from '../pipeline/targetingForDetectors';
import type { ProviderName } from '../runtime/executionProviders';
import { ModelRunStore, type RunStatus } from '../../store/runs/modelRunRepository';
import type { WorkspaceDb } from '../../store/WorkspaceDb';
import type { InferJobData, InferJobParams, InferJobResult } from './inferJobParams';
import { loadStudyInputs } from './loadStudyInputs';
import { workspacePriors } from './workspacePriors';

export interface InferenceRequest {
  /** studies.id values; all studies when absent. */
  readonly studyIds?: readonly number[];
  /** Folder holding manifest.json and the models. */
  readonly modelsDir: string;
  readonly modelIds?: readonly string[];
  readonly strategy?: Strategy;
  readonly providers?: readonly ProviderName[];
  readonly threads?: number;
  /** Studies per engine job: bounds each message; the engine keeps the models open between chunks. */
  readonly chunkSize?: number;
  /** See InferJobParams.sliceSourceModule (tests and benchmarks only). */
  readonly sliceSourceModule?: string;
  readonly options?: Partial<Omit<InferenceOptions, 'strategy' | 'priors'>>;
  /**
   * Answers where nothing was located; default: the workspace's own label counts. An evaluation
   * on labelled studies passes the training set's, so no answer comes from the labels it is scored on.
   */
  readonly priors?: PriorTable;
}

export interface InferenceRunSummary {
  readonly runId: number;
  readonly status: Exclude<RunStatus, 'running'>;
  readonly studies: number;
  readonly done: number;
  readonly failed: number;
  readonly provider: string | null;
  readonly models: readonly ModelRunInfo[];
  readonly errors: readonly { studyId: number; studyKey: string; message: string }[];
  readonly error: string | null;
  readonly peakEngineRssBytes: number;
  /** Engine CPU time over the run's jobs (user + system), seconds: with shared cores, steadier than wall time. */
  readonly engineCpuSeconds: number;
  /** Work done over the answered studies: detector images per condition group, crops graded. */
  readonly work: { readonly detectorImages: Readonly<Record<string, number>>; readonly gradedCrops: number };
  readonly missingModels: readonly string[];
}

export interface InferenceCallbacks {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, message?: string) => void;
}

/**
 * A model run, from the parent's side (main, or the CLI): reads the studies from the store,
 * sends them to the engine's `infer` job in chunks, writes each study's answers as they arrive
 * (one short transaction each), keeps a per-study error list, and records the run's outcome.
 * A cancel stops within the current study. An engine crash or a refused model fails the run
 * with the reason in model_runs.error, and throws it, so the caller (JobManager, CLI) reports it
 * and carries on; what was written before stays.
 */
export async function runInference(
  db: WorkspaceDb,
  engine: EngineHost,
  request: InferenceRequest,
  callbacks: InferenceCallbacks = {},
): Promise<InferenceRunSummary> {
  const store = new ModelRunStore(db);
  const manifest = readModelManifest(request.modelsDir);
  const selection = selectModels(manifest.models, request.modelIds);
  const models = [...Object.values(selection.detectors), ...Object.values(selection.graders)];
  const strategy = request.strategy ?? DEFAULT_INFERENCE_OPTIONS.strategy;
  const options: InferenceOptions = {
    ...DEFAULT_INFERENCE_OPTIONS,
    // The seed's every-slice reading keeps the seed's 0.25 (see TARGETED_CONFIDENCE).
    ...(strategy === 'every-slice' ? { detector: SEED_DETECTOR_SETTINGS } : {}),
    targeting: targetingForDetectors(Object.values(selection.detectors).map((model) => model.entry.inputSize)),
    ...request.options,
    strategy,
    priors: request.priors ?? workspacePriors(db),
  };
  const studies = loadStudyInputs(db, request.studyIds);
  const runId = store.create(
    {
      strategy: options.strategy,
      detector: options.detector,
      targeting: options.targeting,
      providers: request.providers ?? null,
      modelsDir: manifest.file,
      studies: studies.length,
    },
    models.map((m) => ({
      id: m.entry.id,
      kind: m.entry.kind,
      condition: m.entry.condition,
      version: m.entry.version,
      sha256: m.entry.sha256,
    })),
  );
  const errors: { studyId: number; studyKey: string; message: string }[] = [];
  let done = 0;
  let provider: string | null = null;
  let opened: readonly ModelRunInfo[] = [];
  let peak = 0;
  let cpuMicros = 0;
  const detectorImages: Record<string, number> = {};
  let gradedCrops = 0;
  const onData = (data: unknown): void => {
    const message = data as InferJobData;
    if (message.kind === 'models') {
      if (provider === null) store.setModels(runId, message.provider, message.models as ModelRunInfo[]);
      provider = message.provider;
      opened = message.models as ModelRunInfo[];
    } else if (message.kind === 'study') {
      store.writeStudy(runId, message.prediction);
      for (const [group, n] of Object.entries(message.prediction.slicesRun)) detectorImages[group] = (detectorImages[group] ?? 0) + n;
      gradedCrops += message.prediction.gradedCrops;
      done++;
    } else {
      store.writeError(runId, message.studyId, message.message);
      errors.push({ studyId: message.studyId, studyKey: message.studyKey, message: message.message });
    }
  };
  const chunkSize = Math.max(1, request.chunkSize ?? 8);
  const summary = (status: Exclude<RunStatus, 'running'>, error: string | null): InferenceRunSummary => ({
    runId,
    status,
    studies: studies.length,
    done,
    failed: errors.length,
    provider,
    models: opened,
    errors,
    error,
    peakEngineRssBytes: peak,
    engineCpuSeconds: cpuMicros / 1e6,
    work: { detectorImages, gradedCrops },
    missingModels: selection.missing,
  });
  try {
    for (let start = 0; start < studies.length; start += chunkSize) {
      if (callbacks.signal?.aborted) break;
      const chunk = studies.slice(start, start + chunkSize);
      const params: InferJobParams = {
        models: models.map((m) => ({ entry: m.entry, path: m.path, cardPath: m.cardPath })),
        ...(request.providers ? { providers: [...request.providers] } : {}),
        ...(request.threads ? { threads: request.threads } : {}),
        ...(request.sliceSourceModule ? { sliceSourceModule: request.sliceSourceModule } : {}),
        options,
        studies: chunk,
      };
      const result = await engine.run<InferJobResult>('infer', params, {
        ...(callbacks.signal ? { signal: callbacks.signal } : {}),
        onData,
        onProgress: (chunkDone, _total, message) => callbacks.onProgress?.(start + chunkDone, studies.length, message),
      });
      peak = Math.max(peak, result.peakRssBytes);
      cpuMicros += result.cpuMicros;
      if (result.cancelled) break;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.finish(runId, 'failed', message);
    throw Object.assign(new Error(`inference run ${runId} failed: ${message}`, { cause: error }), { summary: summary('failed', message) });
  }
  callbacks.onProgress?.(done + errors.length, studies.length);
  const status = callbacks.signal?.aborted ? 'cancelled' : 'done';
  store.finish(runId, status, errors.length > 0 ? `${errors.length} stud${errors.length === 1 ? 'y' : 'ies'} failed` : null);
  return summary(status, null);
}
