import type { z } from 'zod';
import type { DOMAINS, EventName, EventPayloads } from './contract';
import type { Infer, MethodDeclaration } from './defineDomain';
import type { IpcResult } from './ipcResult';

type Domain = (typeof DOMAINS)[number];
type CallOf<D extends MethodDeclaration> = (request: z.input<D['request']>) => Promise<IpcResult<Infer<D['result']>>>;

/**
 * `window.spine`: per domain of the contract, one function per method, `spine.<domain>.<verb>`
 * calling channel `<domain>:<verb>` (a domain with events only has no entry), and `on` for the
 * contract's events. The preload exposes it and the end-to-end harness defines it in its place,
 * both with spineApiOf, so neither can offer a channel the contract does not declare.
 */
export type SpineApi = {
  readonly [D in Domain as [keyof D['methods']] extends [never] ? never : D['name']]: {
    readonly [V in keyof D['methods']]: D['methods'][V] extends MethodDeclaration ? CallOf<D['methods'][V]> : never;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

type Invoke = (channel: string, request: unknown) => Promise<unknown>;

/**
 * The methods of `window.spine` for these channels, each invoking its channel. It uses nothing
 * but its arguments: the e2e harness sends it to the page as source text (test/e2e/support/).
 */
export function spineApiOf(
  channels: readonly string[],
  invoke: Invoke,
): Record<string, Record<string, (request: unknown) => Promise<unknown>>> {
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [domain = '', verb = ''] = channel.split(':');
    (api[domain] ??= {})[verb] = (request: unknown) => invoke(channel, request);
  }
  return api;
}

/** The function of `window.spine` that calls this channel (spineApiOf's layout read back). */
export function spineFunction(api: object, channel: string): ((request: unknown) => Promise<unknown>) | undefined {
  const [domain = '', verb = ''] = channel.split(':');
  const methods = (api as Record<string, Record<string, (request: unknown) => Promise<unknown>> | undefined>)[domain];
  return methods?.[verb];
}
