import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DecodeError } from './DecodeError';
import { pixelsFromBuffer, type DecodedFrame } from '../../../common/imaging';
import type { DecodeRequest, DecodeResponse } from './decodeWorkerProtocol';

export interface DecodeWorkerPoolOptions {
  /**
   * The worker entry: the bundled decodeWorker.js in the app; decodeWorker.ts under Node/vitest,
   * which is started through tsx's loader (see spawnWorker).
   */
  readonly workerEntry: string | URL;
  /** Extra Node options for the workers. */
  readonly execArgv?: string[];
  /** Worker count; default: cores − 1, between 1 and 4. */
  readonly size?: number;
}

interface Job {
  readonly request: DecodeRequest;
  readonly resolve: (frame: DecodedFrame) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/**
 * Decodes frames in worker threads so the caller's thread (Electron main) never blocks on a
 * codec. Jobs queue in order; each worker decodes one at a time; pixels come back as a
 * transferred ArrayBuffer. A worker that dies fails its job with a DecodeError and is replaced.
 */
export class DecodeWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly size: number;
  private nextId = 1;
  private closed = false;
  /** Frames decoded by the workers (for tests and statistics). */
  decoded = 0;

  constructor(private readonly options: DecodeWorkerPoolOptions) {
    this.size = Math.max(1, options.size ?? Math.min(4, Math.max(1, availableParallelism() - 1)));
  }

  decode(filePath: string, frameIndex = 0): Promise<DecodedFrame> {
    if (this.closed) return Promise.reject(new DecodeError(filePath, 'the decode worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, filePath, frameIndex }, resolve, reject });
      this.pump();
    });
  }

  /** Stops the workers; queued and running jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new DecodeError(job.request.filePath, 'the decode worker pool was closed'));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        slot.job?.reject(new DecodeError(slot.job.request.filePath, 'the decode worker pool was closed'));
        slot.job = null;
        return slot.worker.terminate();
      }),
    );
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.job === null) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (!slot) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.postMessage(job.request);
    }
  }

  private spawn(): Slot {
    const worker = spawnWorker(this.options.workerEntry, this.options.execArgv ?? []);
    const slot: Slot = { worker, job: null };
    worker.on('message', (response: DecodeResponse) => {
      const job = slot.job;
      if (!job || job.request.id !== response.id) return;
      slot.job = null;
      if (response.ok) {
        this.decoded++;
        const { pixelsType, ...info } = response.info;
        job.resolve({ ...info, pixels: pixelsFromBuffer(pixelsType, response.buffer) });
      } else {
        job.reject(new DecodeError(response.filePath, response.reason));
      }
      this.pump();
    });
    const fail = (why: string): void => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      const job = slot.job;
      slot.job = null;
      if (job) job.reject(new DecodeError(job.request.filePath, `decode worker stopped: ${why}`));
      if (!this.closed) this.pump();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}

/**
 * Starts a worker on a JavaScript entry as is. A TypeScript entry is imported by a small eval
 * bootstrap that first registers tsx's ESM loader in the worker: on Node 20, `--import tsx` in
 * a worker's execArgv does not reach the worker's own module loader ("Unknown file extension").
 */
function spawnWorker(entry: string | URL, execArgv: string[]): Worker {
  const href = entry instanceof URL ? entry.href : pathToFileURL(entry).href;
  if (!href.endsWith('.ts')) return new Worker(entry, { execArgv });
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(href)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv });
}

/**
 * The worker entry beside this module: decodeWorker.ts when this module is itself TypeScript
 * (tests, CLI, benchmarks), else decodeWorker.js (a build that keeps the file layout). The
 * Electron build passes its bundled entry to DecodeWorkerPool instead.
 */
export function defaultDecodeWorkerEntry(): { workerEntry: URL; execArgv: string[] } {
  const typescript = import.meta.url.endsWith('.ts');
  return { workerEntry: new URL(typescript ? './decodeWorker.ts' : './decodeWorker.js', import.meta.url), execArgv: [] };
}
