import type { z } from 'zod';
import { isMethodName, METHODS, type Handlers, type IpcError, type IpcResult } from '../common/contract';

/**
 * Whether every answer is checked against its method's result schema. On under the tests
 * (vitest sets NODE_ENV=test; the e2e harness's dispatch runs in the test process too), or with
 * SPINE_REVIEW_CHECK_RESULTS=1; off in the app, where a result is the handler's own value and
 * the check would cost a walk over every study list and pixel frame for nothing. Read once.
 */
const CHECK_RESULTS = process.env['NODE_ENV'] === 'test' || process.env['SPINE_REVIEW_CHECK_RESULTS'] === '1';

/**
 * Validates a request against its method's schema and runs the handler, turning every outcome
 * into an IpcResult. Unknown channels and invalid arguments never reach a handler.
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
    // Only a check: what is sent is the handler's own value, not zod's copy of it.
    const checked = declaration.result.safeParse(value);
    if (!checked.success) return failure({ code: 'failed', message: `${channel}: the result does not match its declaration: ${describeIssues(checked.error, '(result)')}` });
  }
  return { ok: true, value };
}

function describeIssues(error: z.ZodError, whole: string): string {
  return error.issues.map((issue) => `${issue.path.join('.') || whole}: ${issue.message}`).join('; ');
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
