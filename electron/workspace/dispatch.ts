import { isMethodName, METHODS, type Handlers, type IpcError, type IpcResult } from '../common/contract';
import { CHECK_RESULTS, describeIssues } from './contractChecks';

/**
 * Validates a request against its method's schema and runs the handler, turning every outcome
 * into an IpcResult. Unknown channels and invalid arguments never reach a handler; under the
 * tests, an answer its result schema does not describe is a failure.
 */
export async function dispatch(handlers: Handlers, channel: string, request: unknown): Promise<IpcResult<unknown>> {
  if (!isMethodName(channel)) return failure({ code: 'forbidden', message: `unknown method "${channel}"` });
  const declaration = METHODS[channel];
  const parsed = declaration.request.safeParse(request ?? {});
  if (!parsed.success) return failure({ code: 'invalid-request', message: `${channel}: ${describeIssues(parsed.error, '(request)')}` });
  let value: unknown;
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    value = await handler(parsed.data);
  } catch (error) {
    return failure(toIpcError(error));
  }
  if (CHECK_RESULTS) {
    // Under the tests only (contractChecks.ts). A check: what is sent is the handler's own value, not zod's copy.
    const checked = declaration.result.safeParse(value);
    if (!checked.success)
      return failure({
        code: 'failed',
        message: `${channel}: the result does not match its declaration: ${describeIssues(checked.error, '(result)')}`,
      });
  }
  return { ok: true, value };
}

function failure(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}

function toIpcError(error: unknown): IpcError {
  if (error instanceof Error) {
    const code =
      'code' in error && (error.code === 'not-found' || error.code === 'conflict' || error.code === 'forbidden') ? error.code : 'failed';
    return { code, message: error.message };
  }
  return { code: 'failed', message: String(error) };
}
