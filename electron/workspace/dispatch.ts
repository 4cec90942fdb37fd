import { isMethodName, METHODS, type IpcError, type IpcResult } from '../common/contract';
import type { Handlers } from './createHandlers';

/**
 * Validates a request against its method's schema and runs the handler, turning every outcome
 * into an IpcResult. Unknown channels and invalid arguments never reach a handler.
 */
export async function dispatch(handlers: Handlers, channel: string, request: unknown): Promise<IpcResult<unknown>> {
  if (!isMethodName(channel)) return failure({ code: 'forbidden', message: `unknown method "${channel}"` });
  const parsed = METHODS[channel].safeParse(request ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`).join('; ');
    return failure({ code: 'invalid-request', message: `${channel}: ${detail}` });
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return failure(toIpcError(error));
  }
}

function failure(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}

function toIpcError(error: unknown): IpcError {
  if (error instanceof Error) {
    const code = 'code' in error && (error.code === 'not-found' || error.code === 'conflict') ? error.code : 'failed';
    return { code, message: error.message };
  }
  return { code: 'failed', message: String(error) };
}
