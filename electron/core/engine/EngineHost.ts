import type { FromEngineMessage, ToEngineMessage } from './protocol';

/** How the parent talks to one engine process; made by forkEngine (Node) or main (utilityProcess). */
export interface EngineTransport {
  send(message: ToEngineMessage): void;
  onMessage(listener: (message: FromEngineMessage) => void): void;
  onExit(listener: (description: string) => void): void;
  kill(): void;
}

export interface RunOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, message?: string) => void;
  readonly onData?: (data: unknown) => void;
}

interface PendingJob {
  readonly kind: string;
  readonly options: RunOptions;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export class EngineCrashError extends Error {
  constructor(kind: string, description: string) {
    super(
      `the engine process stopped during the ${kind} job (${description}); the job failed and nothing after its last saved batch was written`,
    );
    this.name = 'EngineCrashError';
  }
}

/**
 * The parent's side of the engine process: starts it on first use, runs jobs on it, routes
 * progress and data to the caller, cancels on request, and turns a crash into a failed job
 * (then starts a fresh process for the next one), so the app lives on.
 */
export class EngineHost {
  private transport: EngineTransport | null = null;
  private readonly pending = new Map<string, PendingJob>();
  private nextId = 1;

  constructor(private readonly spawn: () => EngineTransport) {}

  run<T = unknown>(kind: string, params: unknown, options: RunOptions = {}): Promise<T> {
    const transport = this.ensureStarted();
    const jobId = `job-${this.nextId++}`;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(jobId, { kind, options, resolve: resolve as (result: unknown) => void, reject });
      if (options.signal?.aborted) transport.send({ type: 'cancel', jobId });
      options.signal?.addEventListener('abort', () => this.transport?.send({ type: 'cancel', jobId }), { once: true });
      transport.send({ type: 'run', jobId, kind, params });
    });
  }

  /** Stops the engine process; jobs still running fail. */
  dispose(): void {
    const transport = this.transport;
    this.transport = null;
    transport?.kill();
    this.failAll('the engine was shut down');
  }

  private ensureStarted(): EngineTransport {
    if (this.transport) return this.transport;
    const transport = this.spawn();
    transport.onMessage((message) => this.onMessage(message));
    transport.onExit((description) => {
      if (this.transport === transport) this.transport = null;
      this.failAll(description);
    });
    this.transport = transport;
    return transport;
  }

  private failAll(description: string): void {
    for (const [jobId, job] of this.pending) {
      this.pending.delete(jobId);
      job.reject(new EngineCrashError(job.kind, description));
    }
  }

  private onMessage(message: FromEngineMessage): void {
    const job = this.pending.get(message.jobId);
    if (!job) return;
    switch (message.type) {
      case 'progress':
        job.options.onProgress?.(message.done, message.total, message.message);
        break;
      case 'data':
        job.options.onData?.(message.data);
        break;
      case 'done':
        this.pending.delete(message.jobId);
        job.resolve(message.result);
        break;
      case 'failed':
        this.pending.delete(message.jobId);
        job.reject(new Error(message.message));
        break;
    }
  }
}
