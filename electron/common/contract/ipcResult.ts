/**
 * Every IPC method answers with a result object rather than throwing, so the error's code and
 * message survive the bridge (an Error thrown across Electron IPC loses all but its message).
 */
export type ErrorCode = 'invalid-request' | 'not-found' | 'conflict' | 'forbidden' | 'failed';

export interface IpcError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };
