import type { z } from 'zod';
import { EVENTS, type EventName, type EventPayloads } from '../common/contract';

/**
 * Whether answers and events are checked against their declared schemas. On under the tests
 * (vitest sets NODE_ENV=test, and the e2e harness dispatches in the test process), or with
 * SPINE_REVIEW_CHECK_RESULTS=1; off in the app, where the check would walk every study list and
 * pixel frame for nothing: a handler's result is already typed by its declaration. Read once, so
 * the hot path (pixels:get) pays one boolean test.
 */
export const CHECK_RESULTS = process.env['NODE_ENV'] === 'test' || process.env['SPINE_REVIEW_CHECK_RESULTS'] === '1';

export function describeIssues(error: z.ZodError, whole: string): string {
  return error.issues.map((issue) => `${issue.path.join('.') || whole}: ${issue.message}`).join('; ');
}

type Emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/** The emitter, checking each payload against its event's schema first (throws on a mismatch: a test then fails). */
export function checkedEmit(emit: Emit): Emit {
  return (event, payload) => {
    const checked = EVENTS[event].safeParse(payload);
    if (!checked.success)
      throw new Error(`${event}: the payload does not match its declaration: ${describeIssues(checked.error, '(payload)')}`);
    emit(event, payload);
  };
}
