import type { z } from 'zod';
import { aiContract } from './ai';
import { appContract } from './app';
import type { Infer } from './defineDomain';
import { dialogContract } from './dialog';
import { indexContract } from './indexing';
import { jobsContract } from './jobs';
import { labelsContract } from './labels';
import { modelsContract } from './models';
import { pixelsContract } from './pixels';
import { qualityContract } from './quality';
import { reviewsContract } from './reviews';
import { runsContract } from './runs';
import { settingsContract } from './settings';
import { studiesContract } from './studies';
import { trainingContract } from './training';
import { workspaceContract } from './workspace';

/**
 * The IPC contract: every domain, each declared once in its own file. Everything else is derived
 * from this list: the channel names (`<domain>:<verb>`, for methods and events alike), request
 * validation and result checks (workspace/dispatch.ts), the handler table's type (handlers.ts),
 * `window.spine` (spineApi.ts, built by the preload and by the e2e harness) and the renderer's
 * client (renderer/src/api/spine.ts).
 */
export const DOMAINS = [
  appContract,
  studiesContract,
  indexContract,
  labelsContract,
  reviewsContract,
  jobsContract,
  dialogContract,
  settingsContract,
  pixelsContract,
  aiContract,
  trainingContract,
  modelsContract,
  runsContract,
  qualityContract,
  workspaceContract,
] as const;

type Domain = (typeof DOMAINS)[number];
export type DomainName = Domain['name'];
type Lookup<T, K> = K extends keyof T ? T[K] : never;
type DomainNamed<N> = Extract<Domain, { readonly name: N }>;
type ChannelsOf<D extends Domain, Part extends 'methods' | 'events'> = D extends Domain ? `${D['name']}:${keyof D[Part] & string}` : never;

/** A method's channel, e.g. `studies:list`. */
export type MethodName = ChannelsOf<Domain, 'methods'>;
/** An event's channel, e.g. `jobs:progress`. */
export type EventName = ChannelsOf<Domain, 'events'>;

type DeclarationOf<C extends string, Part extends 'methods' | 'events'> = C extends `${infer D}:${infer V}`
  ? Lookup<Lookup<DomainNamed<D>, Part>, V>
  : never;
export type MethodDeclarationOf<M extends MethodName> = DeclarationOf<M, 'methods'>;

/** The argument as a caller writes it (plain numbers for ids). */
export type MethodRequest<M extends MethodName> = z.input<MethodDeclarationOf<M>['request']>;
/** The argument as a handler gets it, validated (ids branded). */
export type MethodParsedRequest<M extends MethodName> = z.output<MethodDeclarationOf<M>['request']>;
export type MethodResponse<M extends MethodName> = Infer<MethodDeclarationOf<M>['result']>;
export type EventPayloads = { [E in EventName]: Infer<DeclarationOf<E, 'events'>> };

const channel = (domain: string, verb: string): string => `${domain}:${verb}`;

/** Channel → declaration (request and result schemas) of every method. */
export const METHODS = Object.fromEntries(
  DOMAINS.flatMap((domain) => Object.entries(domain.methods).map(([verb, declaration]) => [channel(domain.name, verb), declaration])),
) as { readonly [M in MethodName]: MethodDeclarationOf<M> };

/** Channel → payload schema of every event. */
export const EVENTS = Object.fromEntries(
  DOMAINS.flatMap((domain) => Object.entries(domain.events).map(([verb, payload]) => [channel(domain.name, verb), payload])),
) as { readonly [E in EventName]: DeclarationOf<E, 'events'> };

export const METHOD_NAMES = Object.keys(METHODS) as readonly MethodName[];
export const EVENT_NAMES = Object.keys(EVENTS) as readonly EventName[];

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(METHODS, value);
}
