import type { EventName, EventPayloads, IpcError, MethodName, SpineApi } from '../../../electron/common/contract';

/** An IPC call that answered `{ ok: false }`: keeps the error code for the UI. */
export class ApiError extends Error {
  readonly code: IpcError['code'];
  constructor(error: IpcError) {
    super(error.message);
    this.code = error.code;
    this.name = 'ApiError';
  }
}

type ApiMethod = Exclude<keyof SpineApi, 'on'>;
type RequestOf<K extends ApiMethod> = Parameters<SpineApi[K]>[0];
type ValueOf<K extends ApiMethod> = Awaited<ReturnType<SpineApi[K]>> extends infer R ? (R extends { ok: true; value: infer V } ? V : never) : never;

/** Calls a `window.spine` method and unwraps its result, throwing ApiError on failure. */
export async function call<K extends ApiMethod>(method: K, request: RequestOf<K>): Promise<ValueOf<K>> {
  const fn = window.spine[method] as (request: RequestOf<K>) => Promise<{ ok: true; value: ValueOf<K> } | { ok: false; error: IpcError }>;
  const result = await fn(request);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  return window.spine.on(event, listener);
}

export type { MethodName };
