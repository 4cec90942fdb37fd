import type { DomainName, MethodName, MethodParsedRequest, MethodResponse } from './contract';

/** What answers a method: the validated request in, the result (or a promise of it) out; errors are thrown. */
export type Handler<M extends MethodName> = (request: MethodParsedRequest<M>) => Promise<MethodResponse<M>> | MethodResponse<M>;

/** The handler table: one handler per method of the contract (workspace/createHandlers.ts builds it). */
export type Handlers = { readonly [M in MethodName]: Handler<M> };

/** The handlers of the given domains' methods, as a handler file of workspace/ returns them. */
export type DomainHandlers<N extends DomainName> = Pick<Handlers, Extract<MethodName, `${N}:${string}`>>;
