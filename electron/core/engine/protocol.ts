/**
 * Messages between the app (main, or the CLI and tests) and the engine process. Plain
 * structured-clone-able objects: they cross Electron's utilityProcess port or Node's IPC channel.
 */
export interface EngineRunMessage {
  readonly type: 'run';
  readonly jobId: string;
  readonly kind: string;
  readonly params: unknown;
}

export interface EngineCancelMessage {
  readonly type: 'cancel';
  readonly jobId: string;
}

export type ToEngineMessage = EngineRunMessage | EngineCancelMessage;

export interface EngineProgressMessage {
  readonly type: 'progress';
  readonly jobId: string;
  readonly done: number;
  readonly total: number;
  readonly message?: string;
}

/** A slice of a job's output, handed over before the job ends (e.g. a batch of scanned headers). */
export interface EngineDataMessage {
  readonly type: 'data';
  readonly jobId: string;
  readonly data: unknown;
}

export interface EngineDoneMessage {
  readonly type: 'done';
  readonly jobId: string;
  readonly result: unknown;
}

export interface EngineFailedMessage {
  readonly type: 'failed';
  readonly jobId: string;
  readonly message: string;
}

export type FromEngineMessage = EngineProgressMessage | EngineDataMessage | EngineDoneMessage | EngineFailedMessage;
