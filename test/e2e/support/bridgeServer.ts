import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { createFrameCodec } from './binaryFrame';
import { isBridgeRequest, type BridgeAnswer, type BridgeEvent } from './bridgeMessages';

export interface BridgeServer {
  /** ws://127.0.0.1:<port>, the one address the page's connect-src allows. */
  readonly url: string;
  /** Sends an event to the page: queued until ready() and until the page's socket is open. */
  emit(event: string, payload: unknown): void;
  /** The page has loaded (its listeners are subscribed): queued events may go. */
  ready(): void;
  close(): Promise<void>;
}

/**
 * The Node end of the harness's IPC: a WebSocket server on loopback (a free port), one per page,
 * that answers the page's calls with `call` and pushes events, each message one binary frame
 * (binaryFrame.ts). Only a page of `origin` may connect, as Electron's main answers only its
 * renderer's frame. After a reload the new document's socket takes over.
 */
export async function openBridgeServer(
  origin: string,
  call: (channel: string, request: unknown) => Promise<unknown>,
): Promise<BridgeServer> {
  const codec = createFrameCodec();
  // No compression: Electron's IPC does not compress, and deflating 512 KiB frames costs time.
  const server = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    perMessageDeflate: false,
    verifyClient: (info: { origin: string }) => info.origin === origin,
  });
  await once(server, 'listening');
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let pageReady = false;
  let current: WebSocket | undefined;
  const outbox: Uint8Array[] = [];

  const flush = (): void => {
    if (!pageReady || current?.readyState !== WebSocket.OPEN) return;
    for (const frame of outbox.splice(0)) current.send(frame);
  };

  const answer = async (socket: WebSocket, data: RawData, isBinary: boolean): Promise<void> => {
    if (!isBinary || !(data instanceof Uint8Array)) return socket.close(1003, 'binary frames only');
    let message: unknown;
    try {
      message = codec.decode(data);
    } catch {
      return socket.close(1007, 'not a frame of binaryFrame.ts');
    }
    if (!isBridgeRequest(message)) return socket.close(1008, 'not a {id, channel, request} message');
    const { id, channel, request } = message;
    const result = await call(channel, request);
    let frame: Uint8Array;
    try {
      frame = codec.encode({ id, answer: result } satisfies BridgeAnswer);
    } catch (error) {
      frame = codec.encode({
        id,
        error: `${channel}: the answer cannot be sent: ${error instanceof Error ? error.message : String(error)}`,
      } satisfies BridgeAnswer);
    }
    if (socket.readyState === WebSocket.OPEN) socket.send(frame);
  };

  server.on('connection', (socket) => {
    current = socket;
    socket.on('message', (data, isBinary) => void answer(socket, data, isBinary));
    // A socket's errors end in 'close', which is what the page sees; ws throws on an unheard 'error'.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (current === socket) current = undefined;
    });
    flush();
  });

  return {
    url,
    emit: (event, payload) => {
      outbox.push(codec.encode({ event, payload } satisfies BridgeEvent));
      flush();
    },
    ready: () => {
      pageReady = true;
      flush();
    },
    close: async () => {
      for (const socket of server.clients) socket.terminate();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
