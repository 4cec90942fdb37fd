/**
 * Entry of the engine process: Electron's utilityProcess in the app, child_process.fork in the
 * CLI and tests. It runs the jobs of ENGINE_JOBS (scans, imports, exports, inference) so that
 * nothing slow ever runs on Electron's main thread (README "Processes").
 */
import { ENGINE_JOBS } from './engineJobs';
import type { FromEngineMessage, ToEngineMessage } from './protocol';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;

function post(message: FromEngineMessage): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

const running = new Map<string, AbortController>();

async function run(jobId: string, kind: string, params: unknown): Promise<void> {
  const job = ENGINE_JOBS[kind];
  if (!job) {
    post({ type: 'failed', jobId, message: `unknown engine job "${kind}"` });
    return;
  }
  const controller = new AbortController();
  running.set(jobId, controller);
  try {
    const result = await job(params, {
      signal: controller.signal,
      progress: (done, total, message) => post({ type: 'progress', jobId, done, total, ...(message ? { message } : {}) }),
      emit: (data) => post({ type: 'data', jobId, data }),
    });
    post({ type: 'done', jobId, result });
  } catch (error) {
    post({ type: 'failed', jobId, message: error instanceof Error ? error.message : String(error) });
  } finally {
    running.delete(jobId);
  }
}

function onMessage(message: ToEngineMessage): void {
  if (message.type === 'run') void run(message.jobId, message.kind, message.params);
  else if (message.type === 'cancel') running.get(message.jobId)?.abort();
}

if (parentPort) parentPort.on('message', (event) => onMessage(event.data as ToEngineMessage));
else process.on('message', (message) => onMessage(message as ToEngineMessage));
// Keep a forked child alive while its parent holds the IPC channel; exit when the parent goes.
process.on('disconnect', () => process.exit(0));
