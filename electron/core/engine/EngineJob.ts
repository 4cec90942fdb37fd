/** What a job running inside the engine process can do besides computing its result. */
export interface EngineJobContext {
  readonly signal: AbortSignal;
  progress(done: number, total: number, message?: string): void;
  /** Hands part of the output to the parent now (it arrives before the job's result). */
  emit(data: unknown): void;
}

/** A job kind the engine process can run: params in, result out (both structured-clone-able). */
export type EngineJob = (params: unknown, context: EngineJobContext) => Promise<unknown>;
