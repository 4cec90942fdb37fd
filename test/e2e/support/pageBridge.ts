import type { spineApiOf } from '../../../electron/common/contract';
import type { FrameCodec } from './binaryFrame';
import type { BridgeAnswer, BridgeEvent, BridgeRequest } from './bridgeMessages';

export interface PageBridgeConfig {
  /** The harness's loopback socket, ws://127.0.0.1:<port>. */
  readonly url: string;
  /** Every method's channel (the contract's METHOD_NAMES). */
  readonly methods: readonly string[];
  readonly events: readonly string[];
}

/**
 * Runs in the page, in place of the preload: defines `window.spine` with exactly the contract's
 * methods and events, carried over the harness's binary socket (bridgeServer.ts on the Node side).
 * It is shipped as source text (see rendererHarness.ts), so it must not use anything outside its
 * own body and arguments; imports here are types only.
 */
export function installSpineBridge(
  createCodec: () => FrameCodec,
  buildApi: typeof spineApiOf,
  { url, methods, events }: PageBridgeConfig,
): void {
  // Init scripts run in every frame; Electron's preload only in the main one (and one socket per page).
  if (window !== window.top) return;
  const codec = createCodec();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const pending = new Map<number, { resolve(answer: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let closed: Error | undefined;
  let socket: Promise<WebSocket> | undefined;

  const receive = (message: BridgeAnswer | BridgeEvent): void => {
    if ('event' in message) {
      listeners.get(message.event)?.forEach((listener) => listener(message.payload));
      return;
    }
    const call = pending.get(message.id);
    pending.delete(message.id);
    if ('error' in message) call?.reject(new Error(message.error));
    else call?.resolve(message.answer);
  };

  // Opened on the first call or at DOMContentLoaded, whichever comes first: both after the
  // page's <meta> CSP is in force, so the socket is allowed by connect-src like any connection
  // the app makes (one opened from the init script itself would come before the policy).
  const connect = (): Promise<WebSocket> =>
    (socket ??= new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.binaryType = 'arraybuffer';
      let opened = false;
      ws.addEventListener('open', () => {
        opened = true;
        resolve(ws);
      });
      ws.addEventListener('message', (event) =>
        receive(codec.decode(new Uint8Array(event.data as ArrayBuffer)) as BridgeAnswer | BridgeEvent),
      );
      const fail = (why: string): void => {
        if (closed) return;
        closed = new Error(
          opened
            ? `window.spine: the test harness's socket ${url} closed (${why}); no answer will come`
            : `window.spine: could not open the test harness's socket ${url} (${why}): harness gone, or connect-src does not allow it`,
        );
        reject(closed);
        for (const call of pending.values()) call.reject(closed);
        pending.clear();
      };
      // Chromium reports a socket refused by the CSP with 'error' and no 'close' (an open
      // socket's 'error' is followed by 'close', which says more).
      ws.addEventListener('error', () => opened || fail('refused'));
      ws.addEventListener('close', (event) => fail(`code ${event.code}${event.reason ? `, ${event.reason}` : ''}`));
    }));

  const invoke = async (channel: string, request: unknown): Promise<unknown> => {
    const ws = await connect();
    if (closed) throw closed;
    const frame = codec.encode({ id: nextId, channel, request } satisfies BridgeRequest);
    const answer = new Promise<unknown>((resolve, reject) => pending.set(nextId, { resolve, reject }));
    nextId++;
    ws.send(frame);
    return answer;
  };

  const api: Record<string, unknown> = Object.fromEntries(
    Object.entries(buildApi(methods, invoke)).map(([domain, calls]) => [domain, Object.freeze(calls)]),
  );
  api['on'] = (event: string, listener: (payload: unknown) => void) => {
    if (!events.includes(event)) throw new Error(`unknown event "${event}"`);
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  };
  Object.defineProperty(window, 'spine', { value: Object.freeze(api) });
  // Events come without a call: a page that makes none still gets its socket (the failure, if
  // any, reaches the next call).
  document.addEventListener('DOMContentLoaded', () => connect().catch(() => undefined), { once: true });
}
