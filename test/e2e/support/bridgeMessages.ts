/**
 * What travels over the harness's socket (each one a binaryFrame.ts frame). The page sends
 * requests; Node sends answers (`error` only where the answer itself could not be encoded, which
 * rejects the call as Electron's invoke does for a value it cannot clone) and events.
 */
export interface BridgeRequest {
  readonly id: number;
  readonly channel: string;
  readonly request: unknown;
}

export type BridgeAnswer = { readonly id: number; readonly answer: unknown } | { readonly id: number; readonly error: string };

export interface BridgeEvent {
  readonly event: string;
  readonly payload: unknown;
}

/** Only the envelope: the request itself is the contract's to check (dispatch validates it with zod). */
export function isBridgeRequest(message: unknown): message is BridgeRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { id, channel } = message as Partial<Record<keyof BridgeRequest, unknown>>;
  return Number.isSafeInteger(id) && typeof channel === 'string';
}
