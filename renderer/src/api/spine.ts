import {
  spineFunction,
  type EventName,
  type EventPayloads,
  type IpcError,
  type IpcResult,
  type MethodName,
  type MethodRequest,
  type MethodResponse,
} from '../../../electron/common/contract';

/** An IPC call that answered `{ ok: false }`: keeps the error code for the UI. */
export class ApiError extends Error {
  readonly code: IpcError['code'];
  constructor(error: IpcError) {
    super(error.message);
    this.code = error.code;
    this.name = 'ApiError';
  }
}

/**
 * Calls a method of the contract by its channel (`call('studies:list', query)`, through
 * `window.spine.studies.list`) and unwraps its result, throwing ApiError on failure. Request and
 * result types come from the method's declaration.
 */
export async function call<M extends MethodName>(method: M, request: MethodRequest<M>): Promise<MethodResponse<M>> {
  const fn = spineFunction(window.spine, method);
  if (!fn) throw new Error(`window.spine has no method for ${method}`);
  const result = (await fn(request)) as IpcResult<MethodResponse<M>>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  return window.spine.on(event, listener);
}

export type { MethodName };
