import type { z } from 'zod';

/**
 * One method of a domain: the zod schema of its argument (main validates every request with it
 * before a handler runs) and of its result (checked in tests, see workspace/dispatch.ts).
 */
export interface MethodDeclaration<Request extends z.ZodType = z.ZodType, Result extends z.ZodType = z.ZodType> {
  readonly request: Request;
  readonly result: Result;
}

export function method<Request extends z.ZodType, Result extends z.ZodType>(
  request: Request,
  result: Result,
): MethodDeclaration<Request, Result> {
  return { request, result };
}

type Methods = Readonly<Record<string, MethodDeclaration>>;
type Events = Readonly<Record<string, z.ZodType>>;

/**
 * A domain of the IPC contract, declared once: its methods and the events main pushes for it.
 * The channel of a method or an event is `<domain>:<verb>` (contract.ts derives them), so a
 * domain's name is the prefix of all of its channels.
 */
export interface DomainContract<Name extends string = string, M extends Methods = Methods, E extends Events = Events> {
  readonly name: Name;
  readonly methods: M;
  readonly events: E;
}

export function defineDomain<const Name extends string, const M extends Methods, const E extends Events = Readonly<Record<never, never>>>(
  name: Name,
  methods: M,
  events?: E,
): DomainContract<Name, M, E> {
  return { name, methods, events: events ?? ({} as E) };
}

/**
 * The TypeScript type of a result: zod's output with every property readonly (nothing edits an
 * answer in place). Arrays stay as the schema declares them: `.readonly()` on the arrays and
 * tuples inside a result, plain where a method answers a list the caller may keep and sort.
 * ArrayBuffers and branded ids are kept as they are.
 */
export type ReadonlyResult<T> = unknown extends T
  ? T
  : T extends string | number | boolean | bigint | symbol | null | undefined | ArrayBuffer
    ? T
    : T extends readonly unknown[]
      ? { [K in keyof T]: ReadonlyResult<T[K]> }
      : { readonly [K in keyof T]: ReadonlyResult<T[K]> };

/** The type a result schema describes. */
export type Infer<S extends z.ZodType> = ReadonlyResult<z.output<S>>;
