import { pathToFileURL } from 'node:url';
import type { EngineJob } from '../../engine/EngineJob';
import { openModelSet, type ModelSet } from '../models/openModelSet';
import { selectModels } from '../models/selectModels';
import { CancelledError, inferStudy } from '../pipeline/inferStudy';
import type { SliceSource } from '../pipeline/StudyInput';
import { parseInferJobParams, type InferJobData, type InferJobParams, type InferJobResult } from './inferJobParams';
import { dicomSliceSource } from './dicomSliceSource';

let cached: { key: string; set: Promise<ModelSet> } | null = null;

/**
 * The engine's `infer` job: opens the models (kept open across jobs while they stay the same,
 * so a run sent in chunks loads them once), infers each study in turn, hands each study's answers
 * or error to the parent as it finishes (the parent writes them: one writer), and stops within
 * the current study when cancelled. A refused model fails the job with the reasons.
 */
export const runInferJob: EngineJob = async (params, context) => {
  const cpuAtStart = process.cpuUsage();
  const job = parseInferJobParams(params);
  const models = await modelSetFor(job);
  const emit = (data: InferJobData): void => context.emit(data);
  emit({ kind: 'models', provider: models.provider, models: models.models });
  const source = await sliceSourceFor(job.sliceSourceModule);
  const { options } = job;
  let done = 0;
  let failed = 0;
  let peakRssBytes = process.memoryUsage().rss;
  for (const study of job.studies) {
    if (context.signal.aborted) break;
    context.progress(done + failed, job.studies.length, study.studyKey);
    try {
      const prediction = await inferStudy(study, models, source, options, context.signal);
      emit({ kind: 'study', prediction });
      done++;
    } catch (error) {
      if (error instanceof CancelledError) break;
      emit({
        kind: 'study-error',
        studyId: study.studyId,
        studyKey: study.studyKey,
        message: error instanceof Error ? error.message : String(error),
      });
      failed++;
    }
    peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
  }
  context.progress(done + failed, job.studies.length);
  const cpu = process.cpuUsage(cpuAtStart);
  const result: InferJobResult = {
    done,
    failed,
    cancelled: context.signal.aborted,
    provider: models.provider,
    peakRssBytes,
    cpuMicros: cpu.user + cpu.system,
  };
  return result;
};

async function modelSetFor(job: InferJobParams): Promise<ModelSet> {
  const key = JSON.stringify([job.models.map((m) => [m.path, m.entry.sha256, m.entry.id]), job.providers ?? null, job.threads ?? null]);
  if (cached?.key === key) {
    try {
      return await cached.set;
    } catch {
      cached = null;
    }
  }
  const previous = cached;
  cached = null;
  if (previous) await (await previous.set.catch(() => null))?.release();
  const set = openModelSet(selectModels(job.models), { providers: job.providers, threads: job.threads });
  cached = { key, set };
  try {
    return await set;
  } catch (error) {
    cached = null;
    throw error;
  }
}

async function sliceSourceFor(module: string | undefined): Promise<SliceSource> {
  if (!module) return dicomSliceSource();
  const loaded = (await import(pathToFileURL(module).href)) as { createSliceSource?: () => Promise<SliceSource> };
  if (typeof loaded.createSliceSource !== 'function') throw new Error(`${module} does not export createSliceSource()`);
  return loaded.createSliceSource();
}
